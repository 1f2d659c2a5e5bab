package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.junit.jupiter.api.Test;

import dev.waymark.RouteOptions;
import dev.waymark.RouteRuntime;
import dev.waymark.RouteTable;
import dev.waymark.impl.handler.ContainerFreeHandler;

class DirectHandlerTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** A request-scoped bean, which a container-free handler can use. */
    @RequestScoped
    public static class Counter {

        private int count;

        int next() {
            return ++count;
        }
    }

    /** An application's pre-matching authentication filter, which must see every request. */
    @Provider
    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    public static class Stamp implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            request.getHeaders().putSingle("X-Stamped", "yes");
        }
    }

    private static String servedBy() {
        return Arrays.stream(Thread.currentThread().getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("org.glassfish.jersey.")) ? "jersey" : "grizzly";
    }

    private static RouteTable table() {
        ContainerFreeHandler free = (request, response) -> {
            Counter counter = CDI.current().select(Counter.class).get();
            counter.next();
            return servedBy() + " " + counter.next() + " " + request.header("X-Stamped").orElse("unstamped");
        };
        return RouteTable.create("direct-check", "/")
                .add("GET /edge", RouteOptions.defaults().runtime(RouteRuntime.EDGE), (request, response) -> servedBy())
                .add("GET /standard", (request, response) -> servedBy())
                .add("GET /free", free);
    }

    private static HttpResponse<String> get(Waymark waymark, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(waymark.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void edgeAndContainerFreeRoutesBypassJerseyAndStandardRoutesDoNot() throws Exception {
        try (Waymark waymark = Waymark.builder().port(0).host("127.0.0.1").api(table()).beanClasses(List.of(Counter.class)).start()) {
            assertEquals("grizzly", get(waymark, "/edge").body());
            assertEquals("jersey", get(waymark, "/standard").body());
            assertEquals("grizzly 2 unstamped", get(waymark, "/free").body());
            assertEquals("grizzly 2 unstamped", get(waymark, "/free").body());
            assertEquals(404, get(waymark, "/edge/nope").statusCode());
        }
    }

    @Test
    void anApplicationWithPreMatchingFiltersHasItsContainerFreeRoutesServedByJersey() throws Exception {
        try (Waymark waymark = Waymark.builder().port(0).host("127.0.0.1").api(table()).beanClasses(List.of(Counter.class, Stamp.class))
                .start()) {
            assertEquals("jersey 2 yes", get(waymark, "/free").body());
            assertEquals("grizzly", get(waymark, "/edge").body());
        }
    }
}
