package dev.waymark.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.inject.spi.Extension;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import dev.waymark.BodyLimit;
import dev.waymark.RateLimit;
import dev.waymark.cors.Cors;
import dev.waymark.impl.jaxrs.ResourceProviders;
import dev.waymark.server.EmbeddedApplication;

/**
 * The server of the JAX-RS resource benchmark ({@code jaxrs.sh}): one Grizzly {@link HttpServer} on
 * {@code 127.0.0.1} with two Jersey applications holding the same plain resource method, which
 * answers {@code {"id":"42","name":"item"}}:
 * <ul>
 * <li>{@code /bare/items/{id}}: the resource without Waymark, as an application has it;
 * <li>{@code /waymark/items/{id}}: the same method with {@code @BodyLimit}, {@code @RateLimit} (a
 *     rate no load reaches, so every request takes a token and gets the {@code RateLimit-*}
 *     headers) and {@code @Cors}, in an application with Waymark's providers registered as a
 *     server's scanning finds them ({@link ResourceProviders}), so every request also gets its
 *     request id and access log line.
 * </ul>
 * Both applications have the same Jersey settings (the embedded runtime's) and Grizzly's default
 * listener. Weld SE runs every CDI extension on the class path, as the embedded runtime does:
 * Waymark's, which owns the access log writer, and Jersey's CDI integration.
 *
 * <p>It prints one {@code NAME URL} line per target ({@code bare}, {@code waymark}), then
 * {@code ready}, and serves until it is stopped (SIGTERM) or {@code maxSeconds} have passed.
 *
 * <pre>
 * java -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.JaxrsLoadServer [port] [maxSeconds]
 * </pre>
 */
public final class JaxrsLoadServer {

    private static final String ANSWER_START = "{\"id\":\"";
    private static final String ANSWER_END = "\",\"name\":\"item\"}";

    private JaxrsLoadServer() {
    }

    /** The resource as the application has it. */
    @Path("items")
    public static class BareItems {

        @GET
        @Path("{id}")
        @Produces(MediaType.APPLICATION_JSON)
        public String get(@PathParam("id") String id) {
            return ANSWER_START + id + ANSWER_END;
        }
    }

    /** The same resource with Waymark's annotations. */
    @Path("items")
    @BodyLimit("1mb")
    @RateLimit(rate = 1_000_000_000, per = "1s")
    @Cors
    public static class GuardedItems {

        @GET
        @Path("{id}")
        @Produces(MediaType.APPLICATION_JSON)
        public String get(@PathParam("id") String id) {
            return ANSWER_START + id + ANSWER_END;
        }
    }

    /**
     * Starts the server.
     *
     * @param args optionally the port (default 0: any free port) and the longest time to serve in
     *        seconds (default 1800)
     * @throws InterruptedException if interrupted while serving
     * @throws IOException if the server cannot start
     */
    public static void main(String[] args) throws InterruptedException, IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        long maxSeconds = args.length > 1 ? Long.parseLong(args[1]) : 1800;

        // Weld SE refuses to start without a bean class when discovery is off (as in LoadServer).
        // Every extension on the class path, Jersey's CDI integration among them, as the embedded runtime loads them.
        Weld cdi = new Weld("waymark-jaxrs-load").property(Weld.SHUTDOWN_HOOK_SYSTEM_PROPERTY, false).disableDiscovery()
                .addBeanClasses(LoadServer.ItemResource.class);
        ServiceLoader.load(Extension.class).forEach(cdi::addExtension);
        WeldContainer weld = cdi.initialize();
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"), false);
        mount(http, "/bare", EmbeddedApplication.withSettings(new ResourceConfig().register(BareItems.class)));
        mount(http, "/waymark", EmbeddedApplication.withSettings(new ResourceConfig()
                .register(GuardedItems.class).registerClasses(ResourceProviders.all())));
        http.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            http.shutdownNow();
            weld.shutdown();
            stopped.countDown();
        }, "jaxrs-load-server-shutdown"));
        String base = "http://127.0.0.1:" + http.getListeners().iterator().next().getPort();
        System.out.println("bare " + base + "/bare/items/42");
        System.out.println("waymark " + base + "/waymark/items/42");
        System.out.println("ready");
        System.out.flush();
        if (!stopped.await(maxSeconds, TimeUnit.SECONDS)) {
            System.out.println("served for " + maxSeconds + " s; stopping");
            System.exit(0);
        }
    }

    private static void mount(HttpServer http, String contextPath, ResourceConfig application) {
        GrizzlyHttpContainer container = ContainerFactory.createContainer(GrizzlyHttpContainer.class, application);
        http.getServerConfiguration().addHttpHandler(container, HttpHandlerRegistration.builder().contextPath(contextPath).build());
    }
}
