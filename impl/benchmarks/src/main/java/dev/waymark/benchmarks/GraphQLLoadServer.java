package dev.waymark.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.CDI;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.servlet.ServletRegistration;
import org.glassfish.grizzly.servlet.WebappContext;

import dev.waymark.Api;
import dev.waymark.graphql.GraphQLRoute;
import dev.waymark.server.Waymark;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.servlet.ExecutionServlet;

/**
 * The server of the GraphQL benchmark ({@code graphql.sh}). One JVM runs one code-first schema
 * ({@link Items}, one SmallRye {@link ExecutionService}) behind two HTTP front ends on Grizzly 4:
 *
 * <ul>
 * <li>{@code waymark}: the embedded runtime's GraphQL route ({@code @GraphQLRoute}), through
 *     Waymark's router, as any application gets it;</li>
 * <li>{@code servlet}: SmallRye GraphQL's own {@link ExecutionServlet}, the reference, in
 *     Grizzly's servlet container on a port of its own, given the same execution service.</li>
 * </ul>
 *
 * <p>It prints one {@code NAME URL} line per target, then {@code ready}, and serves until it is
 * stopped or {@code maxSeconds} have passed.
 *
 * <pre>
 * java -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.GraphQLLoadServer [port] [maxSeconds]
 * </pre>
 */
public final class GraphQLLoadServer {

    /** An item of the schema. */
    public static class Item {

        private final String id;
        private final String name;

        Item(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /**
         * The id.
         *
         * @return the id
         */
        public String getId() {
            return id;
        }

        /**
         * The name.
         *
         * @return the name
         */
        public String getName() {
            return name;
        }
    }

    /** The schema: ten items. */
    @GraphQLApi
    @ApplicationScoped
    public static class Items {

        private final List<Item> items = IntStream.range(0, 10).mapToObj(i -> new Item(Integer.toString(i), "item " + i))
                .toList();

        /**
         * The items.
         *
         * @return every item
         */
        @Query
        public List<Item> items() {
            return items;
        }
    }

    /** The Waymark API whose GraphQL route serves the schema. */
    @Api(name = "bench", basePath = "/waymark")
    @GraphQLRoute("/graphql")
    public static class GraphQLApiRoute {
    }

    private GraphQLLoadServer() {
    }

    /**
     * Starts the servers.
     *
     * @param args optionally the port of the embedded runtime (default 0) and the longest time to
     *        serve in seconds (default 1800)
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        long maxSeconds = args.length > 1 ? Long.parseLong(args[1]) : 1800;
        Waymark waymark = Waymark.builder().host("127.0.0.1").port(port)
                .beanClasses(List.of(Items.class, Item.class, GraphQLApiRoute.class)).start();
        ExecutionService service = CDI.current().select(ExecutionService.class).get();
        HttpServer servlets = new HttpServer();
        servlets.addListener(new NetworkListener("servlet", "127.0.0.1", 0));
        WebappContext context = new WebappContext("smallrye-graphql", "");
        ServletRegistration servlet = context.addServlet("graphql", new ExecutionServlet(service));
        servlet.addMapping("/graphql");
        context.deploy(servlets);
        try {
            servlets.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NetworkListener listener = servlets.getListeners().iterator().next();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            servlets.shutdownNow();
            waymark.close();
            stopped.countDown();
        }, "graphql-load-server-shutdown"));
        System.out.println("waymark " + waymark.uri() + "waymark/graphql");
        System.out.println("servlet http://127.0.0.1:" + listener.getPort() + "/graphql");
        System.out.println("ready");
        System.out.flush();
        if (!stopped.await(maxSeconds, TimeUnit.SECONDS)) {
            System.exit(0);
        }
    }
}
