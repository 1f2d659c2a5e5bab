package dev.waymark.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

import dev.waymark.Api;
import dev.waymark.Handler;
import dev.waymark.RouteOptions;
import dev.waymark.RouteRuntime;
import dev.waymark.RouteTable;
import dev.waymark.graphql.GraphQLRoute;
import dev.waymark.server.Waymark;
import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketRoute;

/**
 * The server of the soak test ({@code soak.sh}, {@link SoakClient}): one embedded runtime
 * ({@link Waymark#builder()}) on {@code 127.0.0.1} with every kind of route an application has, all
 * on the same listener:
 *
 * <ul>
 * <li>{@code GET /std/items/{id}}: a STANDARD route (Jersey, Waymark's pre-matching filter, a CDI
 *     request context) answering {@code {"id":"ID","name":"item"}};</li>
 * <li>{@code POST /std/orders}: a STANDARD route that binds its JSON body to the record
 *     {@link Order} and answers it back with a total;</li>
 * <li>{@code GET /edge/items/{id}}: the item handler as an EDGE route (straight from Grizzly);</li>
 * <li>{@code /ws}: a WebSocket API whose route {@code echo} answers the message it was sent;</li>
 * <li>{@code POST /gql/graphql}: a code-first GraphQL route ({@link Catalog}: {@code item(id)});</li>
 * <li>the soak's own figures: {@code GET /soak/heap} (used heap after full collections),
 *     {@code GET /soak/stats} (the same figures without collecting) and
 *     {@code GET /soak/smuggled}, which no valid request asks for: the client's hostile requests
 *     try to smuggle it in behind their body, and every call is counted.</li>
 * </ul>
 *
 * <p>It prints one {@code NAME URL} line per target, then {@code ready}, and serves until it is
 * stopped (SIGTERM) or {@code maxSeconds} have passed.
 *
 * <pre>
 * java -Dwaymark.http.body-timeout=2s -Dwaymark.http.header-timeout=2s \
 *     -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.SoakServer [port] [maxSeconds]
 * </pre>
 */
public final class SoakServer {

    /**
     * The body of {@code POST /std/orders}.
     *
     * @param sku the item ordered
     * @param quantity how many
     */
    public record Order(String sku, int quantity) {
    }

    /**
     * The answer of {@code POST /std/orders}.
     *
     * @param sku the item ordered
     * @param quantity how many
     * @param total the price, 3 per item
     */
    public record Receipt(String sku, int quantity, long total) {
    }

    /** The GraphQL schema: items by id. */
    @GraphQLApi
    @ApplicationScoped
    public static class Catalog {

        /**
         * One item.
         *
         * @param id its id
         * @return the item {@code id} named {@code item ID}
         */
        @Query
        public GraphQLLoadServer.Item item(@Name("id") String id) {
            return new GraphQLLoadServer.Item(id, "item " + id);
        }
    }

    /** The Waymark API whose GraphQL route serves {@link Catalog}. */
    @Api(name = "soak-graphql", basePath = "/gql")
    @GraphQLRoute("/graphql")
    public static class CatalogRoute {
    }

    /** A WebSocket API that answers each message with itself. */
    @WebSocketApi(path = "/ws")
    public static class EchoSocket {

        /**
         * Answers a message with itself.
         *
         * @param message the message, such as {@code {"action":"echo","seq":1,"data":"..."}}
         * @return the same message
         */
        @WebSocketRoute("echo")
        public Map<String, Object> echo(Map<String, Object> message) {
            return message;
        }
    }

    private static final AtomicLong SMUGGLED = new AtomicLong();

    private SoakServer() {
    }

    /**
     * Starts the server.
     *
     * @param args optionally the port (default 0: any free port) and the longest time to serve in
     *        seconds (default 3600)
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        long maxSeconds = args.length > 1 ? Long.parseLong(args[1]) : 3600;
        HeapGauge gauge = new HeapGauge();
        Waymark[] server = new Waymark[1];

        Handler item = (request, response) -> new LoadServer.Item(request.pathParam("id"), "item");
        RouteTable table = RouteTable.create("soak", "/")
                .add("GET /std/items/{id}", RouteOptions.defaults().runtime(RouteRuntime.STANDARD), item)
                .add("POST /std/orders", RouteOptions.defaults().runtime(RouteRuntime.STANDARD), (request, response) -> {
                    Order order = request.bodyAs(Order.class);
                    return new Receipt(order.sku(), order.quantity(), 3L * order.quantity());
                })
                .add("GET /edge/items/{id}", RouteOptions.defaults().runtime(RouteRuntime.EDGE), item)
                .add("GET /soak/heap", (request, response) -> {
                    Map<String, Object> figures = new LinkedHashMap<>();
                    figures.put("heapAfterGc", gauge.begin().used());
                    figures.putAll(stats(server[0]));
                    return figures;
                })
                .add("GET /soak/stats", (request, response) -> stats(server[0]))
                .add("GET /soak/smuggled", (request, response) -> {
                    SMUGGLED.incrementAndGet();
                    return "smuggled";
                });
        server[0] = Waymark.builder().host("127.0.0.1").port(port)
                .beanClasses(List.of(Catalog.class, GraphQLLoadServer.Item.class, CatalogRoute.class, EchoSocket.class))
                .api(table).start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server[0].close();
            stopped.countDown();
        }, "soak-server-shutdown"));
        String base = server[0].uri().toString();
        System.out.println("server " + base);
        System.out.println("standard " + base + "std/items/42");
        System.out.println("post " + base + "std/orders");
        System.out.println("edge " + base + "edge/items/42");
        System.out.println("graphql " + base + "gql/graphql");
        System.out.println("websocket " + base.replaceFirst("^http", "ws") + "ws");
        System.out.println("ready");
        System.out.flush();
        if (!stopped.await(maxSeconds, TimeUnit.SECONDS)) {
            System.out.println("served for " + maxSeconds + " s; stopping");
            System.exit(0);
        }
    }

    /** The server's figures that cost nothing to read: heap in use now, threads, connections, GC. */
    private static Map<String, Object> stats(Waymark server) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long collections = 0;
        long collectionMillis = 0;
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(collector.getCollectionCount(), 0);
            collectionMillis += Math.max(collector.getCollectionTime(), 0);
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("heapUsed", memory.getHeapMemoryUsage().getUsed());
        figures.put("heapCommitted", memory.getHeapMemoryUsage().getCommitted());
        figures.put("threads", ManagementFactory.getThreadMXBean().getThreadCount());
        figures.put("webSocketConnections", server.connections().list().size());
        figures.put("gcCount", collections);
        figures.put("gcMillis", collectionMillis);
        figures.put("smuggled", SMUGGLED.get());
        return figures;
    }
}
