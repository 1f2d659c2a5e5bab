package dev.waymark.examples.clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.waymark.server.Waymark;

class ClockApiTest {

    private static Waymark server;
    private final HttpClient client = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = Waymark.builder().port(0).host("127.0.0.1").start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void ticksArriveOneByOneAsServerSentEvents() throws Exception {
        client.send(HttpRequest.newBuilder(server.uri().resolve("/clock?every=100&count=1")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(server.uri().resolve("/clock?every=300&count=3")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<Long> arrivals = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("id: ")) {
                    ids.add(line.substring(4));
                } else if (line.startsWith("data: ")) {
                    Instant.parse(line.substring(6));
                    arrivals.add(System.nanoTime());
                }
            }
        }
        assertEquals(List.of("1", "2", "3"), ids);
        assertTrue(arrivals.get(2) - arrivals.get(1) >= 100_000_000L, "the ticks must arrive as they are produced, not at once");
    }

    @Test
    void tooFastAClockIsRefused() throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(server.uri().resolve("/clock?every=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("at least 100"), response.body());
    }
}
