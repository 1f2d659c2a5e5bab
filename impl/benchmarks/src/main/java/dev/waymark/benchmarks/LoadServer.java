package dev.waymark.benchmarks;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;

import jakarta.enterprise.inject.spi.Extension;

import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jsonb.JsonBindingFeature;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.RuntimeResourceModel;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import dev.waymark.RouteTable;
import dev.waymark.impl.cdi.WaymarkExtension;
import dev.waymark.impl.dispatch.Dispatcher;
import dev.waymark.server.EmbeddedApplication;
import dev.waymark.server.Waymark;

/**
 * The server of the end-to-end load benchmark. One JVM runs:
 *
 * <ul>
 * <li>one Grizzly {@link HttpServer} on {@code 127.0.0.1} that serves, side by side,
 *     <ul>
 *     <li>{@code /waymark/r<i>/items/{id}}: {@code routes} Waymark routes of one route table,
 *         in the Jersey application of {@link EmbeddedApplication}, mounted at {@code /}: exactly
 *         the embedded runtime's assembly (Weld's request context around each
 *         handler, the same Jersey settings and listener limits); and</li>
 *     <li>{@code /jersey/r<i>/items/{id}}: {@code routes} bare Jersey root resources (HK2, JSON-B)
 *         in a second Jersey application, with the same Jersey settings, mounted at the context
 *         path {@code /jersey};</li>
 *     </ul>
 *     both answer {@code {"id":"42","name":"item"}} through JSON-B and share the listener and its
 *     worker threads;</li>
 * <li>and, as a cross-check of that assembly, the real embedded runtime
 *     ({@link Waymark#builder()}) with the same routes on a port of its own: its Jersey
 *     application cannot take other resources, since Waymark's pre-matching filter answers every
 *     request.</li>
 * </ul>
 *
 * <p>It prints one {@code NAME URL} line per target, then {@code ready}, and serves until it is
 * stopped (SIGTERM) or {@code maxSeconds} have passed.
 *
 * <pre>
 * java -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.LoadServer 1000 [port] [maxSeconds]
 * </pre>
 */
public final class LoadServer {

    private LoadServer() {
    }

    /**
     * Starts the servers.
     *
     * @param args the number of routes of each kind; optionally the port of the shared server
     *        (default 0: any free port) and the longest time to serve in seconds (default 1800)
     * @throws Exception if a server cannot start
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: LoadServer ROUTES [PORT] [MAX_SECONDS]");
            System.exit(2);
        }
        int routes = Integer.parseInt(args[0]);
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        long maxSeconds = args.length > 2 ? Long.parseLong(args[2]) : 1800;
        if (routes < 1 || routes > 99_999) {
            throw new IllegalArgumentException("ROUTES must be between 1 and 99999, not " + routes);
        }

        // Weld SE refuses to start without a bean class when discovery is off: ItemResource is one.
        // Every extension on the class path, Jersey's CDI integration among them, as the embedded runtime loads them.
        Weld cdi = new Weld("waymark-load").property(Weld.SHUTDOWN_HOOK_SYSTEM_PROPERTY, false).disableDiscovery()
                .addBeanClasses(ItemResource.class);
        ServiceLoader.load(Extension.class).forEach(cdi::addExtension);
        WeldContainer weld = cdi.initialize();
        WaymarkExtension extension = weld.getBeanManager().getExtension(WaymarkExtension.class);
        extension.deployment().addTable(waymarkRoutes(routes));
        List<Resource> jerseyResources = jerseyResources(routes);
        List<String> jerseyOrder = jerseyOrder(jerseyResources);
        HttpServer shared = sharedServer(jerseyResources, port, extension, weld);
        Waymark runtime = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of(ItemResource.class)).api(waymarkRoutes(routes)).start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shared.shutdownNow();
            weld.shutdown();
            runtime.close();
            stopped.countDown();
        }, "load-server-shutdown"));

        String base = "http://127.0.0.1:" + shared.getListeners().iterator().next().getPort();
        System.out.println("waymark " + base + "/waymark/" + resourcePath(routes - 1) + "/42");
        System.out.println("jersey " + base + "/jersey/" + jerseyOrder.get(jerseyOrder.size() - 1) + "/42");
        System.out.println("jersey-first " + base + "/jersey/" + jerseyOrder.get(0) + "/42");
        System.out.println("runtime " + runtime.uri() + "waymark/" + resourcePath(routes - 1) + "/42");
        System.out.println("ready");
        System.out.flush();
        if (!stopped.await(maxSeconds, TimeUnit.SECONDS)) {
            System.out.println("served for " + maxSeconds + " s; stopping");
            System.exit(0);
        }
    }

    /** The JSON object every route and resource answers, a JavaBean. */
    public static final class Item {

        private final String id;
        private final String name;

        Item(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return name;
        }
    }

    /** The bare Jersey resource: one handler class, mounted at {@code routes} paths. */
    public static final class ItemResource {

        /**
         * Answers one item.
         *
         * @param id the path parameter
         * @return the item, written by JSON-B
         */
        public Item get(@PathParam("id") String id) {
            return new Item(id, "item");
        }
    }

    /** The path of resource {@code i}, in five digits so that every path has the same length. */
    static String resourcePath(int i) {
        return String.format("r%05d/items", i);
    }

    private static RouteTable waymarkRoutes(int routes) {
        RouteTable table = RouteTable.create("waymark", "/waymark");
        for (int i = 0; i < routes; i++) {
            table.add("GET /" + resourcePath(i) + "/{id}", (request, response) -> new Item(request.pathParam("id"), "item"));
        }
        return table;
    }

    private static HttpServer sharedServer(List<Resource> jerseyResources, int port, WaymarkExtension extension, WeldContainer weld)
            throws IOException {
        Dispatcher dispatcher = EmbeddedApplication.dispatcher(extension, weld);
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:" + port + "/"),
                EmbeddedApplication.create(dispatcher, java.util.Set.of()), false);
        // Standard routes through Jersey and RouteFilter, as an application with pre-matching filters has them.
        EmbeddedApplication.guard(http, dispatcher, false);

        ResourceConfig jersey = EmbeddedApplication.withSettings(new ResourceConfig()
                .register(JsonBindingFeature.class)
                .registerResources(Set.copyOf(jerseyResources)));
        GrizzlyHttpContainer jerseyContainer = ContainerFactory.createContainer(GrizzlyHttpContainer.class, jersey);
        http.getServerConfiguration().addHttpHandler(jerseyContainer, HttpHandlerRegistration.builder().contextPath("/jersey").build());

        EmbeddedApplication.configure(http);
        http.start();
        return http;
    }

    /**
     * The bare Jersey resources: one root resource per path, as an annotated class
     * {@code @Path("r<i>/items")} with a {@code @GET @Path("{id}")} method would give.
     */
    private static List<Resource> jerseyResources(int routes) {
        Method get;
        try {
            get = ItemResource.class.getMethod("get", String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        List<Resource> resources = new ArrayList<>(routes);
        for (int i = 0; i < routes; i++) {
            Resource.Builder resource = Resource.builder(resourcePath(i));
            resource.addChildResource("{id}").addMethod("GET").produces(MediaType.APPLICATION_JSON_TYPE).handledBy(ItemResource.class, get);
            resources.add(resource.build());
        }
        return resources;
    }

    /**
     * The root resources in the order Jersey tries them: Jersey's own runtime model sorts them by
     * path template, and its router matches one regular expression after another in that order.
     */
    private static List<String> jerseyOrder(List<Resource> resources) {
        return new RuntimeResourceModel(resources).getRuntimeResources().stream()
                .map(resource -> resource.getResources().get(0).getPath())
                .toList();
    }
}
