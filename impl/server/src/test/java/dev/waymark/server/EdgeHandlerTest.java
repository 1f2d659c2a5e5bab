package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.waymark.RouteOptions;
import dev.waymark.RouteRuntime;
import dev.waymark.RouteTable;

class EdgeHandlerTest {

    private static String servedBy() {
        return Arrays.stream(Thread.currentThread().getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("org.glassfish.jersey.")) ? "jersey" : "grizzly";
    }

    @Test
    void edgeRoutesBypassJerseyAndStandardRoutesDoNot() throws Exception {
        RouteTable table = RouteTable.create("edge-check", "/")
                .add("GET /edge", RouteOptions.defaults().runtime(RouteRuntime.EDGE), (request, response) -> servedBy())
                .add("GET /standard", (request, response) -> servedBy());
        HttpClient client = HttpClient.newHttpClient();
        try (Waymark waymark = Waymark.builder().port(0).host("127.0.0.1").api(table).beanClasses(java.util.List.of()).start()) {
            assertEquals("grizzly", client.send(HttpRequest.newBuilder(waymark.uri().resolve("/edge")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertEquals("jersey", client.send(HttpRequest.newBuilder(waymark.uri().resolve("/standard")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            HttpResponse<String> missing = client.send(HttpRequest.newBuilder(waymark.uri().resolve("/edge/nope")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
        }
    }
}
