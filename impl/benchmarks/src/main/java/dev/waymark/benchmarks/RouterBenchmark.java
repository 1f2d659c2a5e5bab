package dev.waymark.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.waymark.impl.route.RequestPath;
import dev.waymark.impl.route.Route;
import dev.waymark.impl.route.RouteKey;
import dev.waymark.impl.route.RouteMatch;
import dev.waymark.impl.route.Router;

/**
 * The router alone: a route table of {@code routes} routes shaped like a real API, matched for the
 * route added last, the route added first, and a path no route takes; and the decoding of a
 * request path into segments. Flat routing means {@code matchLast} at 10,000 routes
 * costs at most 1.10 × {@code matchLast} at 10.
 *
 * <pre>
 * java -jar impl/benchmarks/target/benchmarks.jar RouterBenchmark -f1 -wi 2 -i 3 -w 1s -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RouterBenchmark {

    /** A typical request path, without percent-encoding. */
    static final String PLAIN_PATH = "/api/r00042/items/8f14e45f-ceea-467f-a0e6-7f3a2b1c9d00";

    /** A typical request path with percent-encoded segments (a space and an encoded slash). */
    static final String ENCODED_PATH = "/api/r00042/files/annual%20report%2F2024.pdf";

    /** A router of {@code routes} routes under the base path {@code /api}. */
    @State(Scope.Benchmark)
    public static class Routes {

        /** How many routes the router has. */
        @Param({"10", "1000", "10000"})
        public int routes;

        Router<String> router;
        String lastRawPath;
        List<String> first;
        List<String> last;
        List<String> miss;

        @Setup(Level.Trial)
        public void build() {
            router = Router.of(ApiShape.routes(routes));
            first = RequestPath.segments(ApiShape.requestFor(0));
            lastRawPath = ApiShape.requestFor(routes - 1);
            last = RequestPath.segments(lastRawPath);
            miss = RequestPath.segments("/api/r" + ApiShape.resourceName(routes) + "/items/42");
            check(router.match("GET", first), ApiShape.keyFor(0));
            check(router.match("GET", last), ApiShape.keyFor(routes - 1));
            if (router.match("GET", miss).outcome() != RouteMatch.Outcome.NOT_FOUND) {
                throw new IllegalStateException("the miss path is routed");
            }
        }

        private static void check(RouteMatch<String> match, String key) {
            if (match.outcome() != RouteMatch.Outcome.ROUTE || !match.route().declaredKey().equals(key)) {
                throw new IllegalStateException("expected " + key + ", routed to " + match);
            }
        }
    }

    /**
     * The routes of a generated API: route {@code i} is {@code GET /r<i>/items/{id}} under
     * {@code /api}, with {@code i} written in five digits so that every path has the same length
     * whatever the number of routes.
     */
    static final class ApiShape {

        private static final List<String> BASE = List.of("api");

        private ApiShape() {
        }

        static List<Route<String>> routes(int count) {
            List<Route<String>> routes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String declared = keyFor(i);
                RouteKey key = RouteKey.parse(declared).under(BASE);
                routes.add(new Route<>(key, declared, "bench", BASE, "handler-" + i, "handler-" + i));
            }
            return routes;
        }

        static String keyFor(int i) {
            return "GET /r" + resourceName(i) + "/items/{id}";
        }

        static String requestFor(int i) {
            return "/api/r" + resourceName(i) + "/items/42";
        }

        static String resourceName(int i) {
            return String.format("%05d", i);
        }
    }

    @Benchmark
    public RouteMatch<String> matchLast(Routes routes) {
        return routes.router.match("GET", routes.last);
    }

    @Benchmark
    public RouteMatch<String> matchFirst(Routes routes) {
        return routes.router.match("GET", routes.first);
    }

    @Benchmark
    public RouteMatch<String> matchMiss(Routes routes) {
        return routes.router.match("GET", routes.miss);
    }

    /** Decoding plus matching, as the dispatcher does for every request. */
    @Benchmark
    public RouteMatch<String> decodeAndMatchLast(Routes routes) {
        return routes.router.match("GET", RequestPath.segments(routes.lastRawPath));
    }

    @Benchmark
    public List<String> decodePlainPath() {
        return RequestPath.segments(PLAIN_PATH);
    }

    @Benchmark
    public List<String> decodeEncodedPath() {
        return RequestPath.segments(ENCODED_PATH);
    }
}
