package dev.waymark.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;

import dev.waymark.Handler;
import dev.waymark.RouteOptions;
import dev.waymark.RouteRuntime;
import dev.waymark.RouteTable;
import dev.waymark.server.Waymark;

/**
 * The server of the EDGE/STANDARD load benchmark ({@code edge.sh}): the real embedded runtime
 * ({@link Waymark#builder()}) on {@code 127.0.0.1} with one route table that serves the same
 * handler twice, {@code GET /std/items/{id}} as a STANDARD route (through Jersey and Waymark's
 * pre-matching filter, in a CDI request context) and {@code GET /edge/items/{id}} as an EDGE route
 * (straight from Grizzly). Both answer {@code {"id":"42","name":"item"}}, the answer of
 * {@link LoadServer}, on the same listener and worker threads.
 *
 * <p>As a ceiling, the same JVM also runs a bare Grizzly {@link HttpServer} on a port of its own
 * whose {@link HttpHandler} writes those bytes with the same status and headers, and nothing else:
 * what Grizzly alone costs per request, which no edge route can beat.
 *
 * <p>It prints one {@code NAME URL} line per target ({@code standard}, {@code edge},
 * {@code grizzly}), then {@code ready}, and serves until it is stopped (SIGTERM) or
 * {@code maxSeconds} have passed.
 *
 * <pre>
 * java -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.EdgeLoadServer [port] [maxSeconds]
 * </pre>
 */
public final class EdgeLoadServer {

    private EdgeLoadServer() {
    }

    /**
     * Starts the server.
     *
     * @param args optionally the port (default 0: any free port) and the longest time to serve in
     *        seconds (default 1800)
     * @throws InterruptedException if interrupted while serving
     * @throws IOException if the bare Grizzly server cannot start
     */
    public static void main(String[] args) throws InterruptedException, IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        long maxSeconds = args.length > 1 ? Long.parseLong(args[1]) : 1800;

        Handler item = (request, response) -> new LoadServer.Item(request.pathParam("id"), "item");
        RouteTable table = RouteTable.create("items", "/")
                .add("GET /std/items/{id}", RouteOptions.defaults().runtime(RouteRuntime.STANDARD), item)
                .add("GET /edge/items/{id}", RouteOptions.defaults().runtime(RouteRuntime.EDGE), item);
        // Weld SE refuses to start without a bean class when discovery is off (as in LoadServer).
        Waymark runtime = Waymark.builder().host("127.0.0.1").port(port).beanClasses(List.of(LoadServer.ItemResource.class))
                .api(table).start();
        HttpServer grizzly = bareGrizzly();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            runtime.close();
            grizzly.shutdownNow();
            stopped.countDown();
        }, "edge-load-server-shutdown"));

        System.out.println("standard " + runtime.uri() + "std/items/42");
        System.out.println("edge " + runtime.uri() + "edge/items/42");
        System.out.println("grizzly http://127.0.0.1:" + grizzly.getListeners().iterator().next().getPort() + "/items/42");
        System.out.println("ready");
        System.out.flush();
        if (!stopped.await(maxSeconds, TimeUnit.SECONDS)) {
            System.out.println("served for " + maxSeconds + " s; stopping");
            System.exit(0);
        }
    }

    /** A Grizzly server with one handler that writes the answer of the routes as constant bytes. */
    private static HttpServer bareGrizzly() throws IOException {
        HttpServer http = new HttpServer();
        http.addListener(new NetworkListener("grizzly", "127.0.0.1", 0));
        http.getServerConfiguration().addHttpHandler(BareItemHandler.constant());
        http.start();
        return http;
    }
}
