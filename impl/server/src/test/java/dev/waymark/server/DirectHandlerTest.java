package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.junit.jupiter.api.Test;

import dev.waymark.RouteOptions;
import dev.waymark.RouteRuntime;
import dev.waymark.RouteTable;

class DirectHandlerTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** A request-scoped bean, which a standard handler can use wherever it is served from. */
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
        return RouteTable.create("direct-check", "/")
                .add("GET /edge", RouteOptions.defaults().runtime(RouteRuntime.EDGE), (request, response) -> servedBy())
                .add("GET /standard", (request, response) -> {
                    Counter counter = CDI.current().select(Counter.class).get();
                    counter.next();
                    return servedBy() + " " + counter.next() + " " + request.header("X-Stamped").orElse("unstamped");
                })
                .add("GET /text", (request, response) -> Response.ok("h\u00e9").build())
                .add("GET /latin", (request, response) -> Response.ok("h\u00e9").type("text/plain;charset=ISO-8859-1").build())
                .add("GET /object", (request, response) -> Response.ok(new Item("1")).build());
    }

    private static HttpResponse<String> get(Waymark waymark, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(waymark.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An object only a JAX-RS message body writer could write. */
    public record Item(String id) {
    }

    @Test
    void everyRouteBypassesJerseyWithTheRequestContextOfStandardRoutes() throws Exception {
        try (Waymark waymark = Waymark.builder().port(0).host("127.0.0.1").api(table()).beanClasses(List.of(Counter.class)).start()) {
            assertEquals("grizzly", get(waymark, "/edge").body());
            assertEquals("grizzly 2 unstamped", get(waymark, "/standard").body());
            assertEquals("grizzly 2 unstamped", get(waymark, "/standard").body());
            assertEquals(404, get(waymark, "/edge/nope").statusCode());
        }
    }

    @Test
    void aHandlersOwnResponseIsWrittenAsJerseyWouldWriteIt() throws Exception {
        for (List<Class<?>> beans : List.of(List.<Class<?>>of(), List.<Class<?>>of(Stamp.class))) {
            try (Waymark waymark = Waymark.builder().port(0).host("127.0.0.1").api(table()).beanClasses(beans).start()) {
                HttpResponse<byte[]> text = bytes(waymark, "/text");
                assertEquals("h\u00e9", new String(text.body(), StandardCharsets.UTF_8));
                assertEquals(Optional.empty(), text.headers().firstValue("Content-Type"), beans::toString);
                HttpResponse<byte[]> latin = bytes(waymark, "/latin");
                assertEquals("h\u00e9", new String(latin.body(), StandardCharsets.ISO_8859_1));
                HttpResponse<byte[]> object = bytes(waymark, "/object");
                assertEquals(500, object.statusCode(), beans::toString);
                if (beans.isEmpty()) {
                    assertEquals(Optional.of("application/problem+json"), object.headers().firstValue("Content-Type"));
                }
            }
        }
    }

    @Test
    void anApplicationWithPreMatchingFiltersHasItsStandardRoutesServedByJersey() throws Exception {
        try (Waymark waymark = Waymark.builder().port(0).host("127.0.0.1").api(table()).beanClasses(List.of(Counter.class, Stamp.class))
                .start()) {
            assertEquals("jersey 2 yes", get(waymark, "/standard").body());
            assertEquals("grizzly", get(waymark, "/edge").body());
        }
    }

    private static HttpResponse<byte[]> bytes(Waymark waymark, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(waymark.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
