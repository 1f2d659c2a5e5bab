package dev.waymark.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.strategies.SameThreadIOStrategy;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jsonb.JsonBindingFeature;
import org.glassfish.jersey.server.ResourceConfig;

import dev.waymark.server.Waymark;

/**
 * A server of the peer benchmark ({@code peers.sh}) on {@code 127.0.0.1}, one per JVM, each with
 * the defaults its users get:
 *
 * <ul>
 * <li>{@code waymark}: the embedded runtime ({@link Waymark#builder()}) serving
 *     {@link PeerItemsApi}, STANDARD at {@code /items/{id}} and EDGE at {@code /edge/items/{id}};
 *     the access log follows {@code waymark.access-log.format} (on by default);</li>
 * <li>{@code jersey}: Jersey on Grizzly ({@link GrizzlyHttpServerFactory}, HK2, JSON-B) serving
 *     {@link PeerItemsResource}, with Jersey's default settings;</li>
 * <li>{@code grizzly}: a bare Grizzly {@link HttpHandler} that writes the item's JSON with string
 *     concatenation, the ceiling of any Grizzly-based target;</li>
 * <li>{@code grizzly-same-thread}: the same handler run on the selector threads that read the
 *     requests ({@link SameThreadIOStrategy}), not handed to Grizzly's worker threads: the ceiling
 *     of Grizzly for handlers that never block.</li>
 * </ul>
 *
 * <p>It serves until it is stopped (SIGTERM); it is ready once {@code GET /items/42} answers.
 *
 * <pre>
 * java -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.PeerServer waymark|jersey|grizzly|grizzly-same-thread PORT
 * </pre>
 */
public final class PeerServer {

    private PeerServer() {
    }

    /**
     * Starts the server.
     *
     * @param args the kind ({@code waymark}, {@code jersey} or {@code grizzly}) and the port
     * @throws IOException if a Grizzly server cannot start
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: PeerServer waymark|jersey|grizzly|grizzly-same-thread PORT");
            System.exit(2);
        }
        int port = Integer.parseInt(args[1]);
        Runnable stop = switch (args[0]) {
            case "waymark" -> Waymark.builder().host("127.0.0.1").port(port).beanClasses(List.of(PeerItemsApi.class)).start()::close;
            case "jersey" -> jersey(port)::shutdownNow;
            case "grizzly" -> grizzly(port, false)::shutdownNow;
            case "grizzly-same-thread" -> grizzly(port, true)::shutdownNow;
            default -> throw new IllegalArgumentException("unknown server kind " + args[0]);
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "peer-server-shutdown"));
        System.out.println(args[0] + " http://127.0.0.1:" + port + "/items/42");
        new CountDownLatch(1).await();
    }

    private static HttpServer jersey(int port) {
        ResourceConfig application = new ResourceConfig(PeerItemsResource.class).register(JsonBindingFeature.class);
        return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"), application);
    }

    private static HttpServer grizzly(int port, boolean sameThread) throws IOException {
        HttpServer http = new HttpServer();
        NetworkListener listener = new NetworkListener("grizzly", "127.0.0.1", port);
        if (sameThread) {
            listener.getTransport().setIOStrategy(SameThreadIOStrategy.getInstance());
        }
        http.addListener(listener);
        http.getServerConfiguration().addHttpHandler(BareItemHandler.fromPath());
        http.start();
        return http;
    }
}
