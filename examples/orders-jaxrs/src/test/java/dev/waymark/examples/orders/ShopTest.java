package dev.waymark.examples.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.waymark.server.Waymark;

/** The shop on the embedded runtime, as {@code java -jar} runs it: its own answers, and each of Waymark's refusals. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ShopTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Waymark server;

    @BeforeAll
    static void start() {
        server = Waymark.builder().host("127.0.0.1").port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void ordersArePlacedAndRead() {
        HttpResponse<String> placed = send(post("/api/orders", "{\"customer\":\"ada\",\"item\":\"lamp\",\"quantity\":2}"));
        assertEquals(201, placed.statusCode(), placed.body());
        JsonObject order = json(placed.body());
        assertEquals("lamp", order.getString("item"));
        HttpResponse<String> one = send(get("/api/orders/" + order.getJsonNumber("id").longValue()).build());
        assertEquals(200, one.statusCode(), one.body());
        assertEquals("ada", json(one.body()).getString("customer"));
        assertTrue(one.headers().firstValue("X-Request-Id").isPresent(), "every answer has a request id");
        assertTrue(one.headers().firstValue("RateLimit-Limit").isPresent(), "the class's rate limit applies");
    }

    @Test
    void theShopsOwnMapperStillAnswersItsNotFound() {
        HttpResponse<String> missing = send(get("/api/orders/999999").build());
        assertEquals(404, missing.statusCode());
        assertEquals("order-not-found", json(missing.body()).getString("error"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        String big = "{\"customer\":\"ada\",\"item\":\"" + "x".repeat(5000) + "\",\"quantity\":1}";
        HttpResponse<String> refused = send(post("/api/orders", big));
        assertEquals(413, refused.statusCode(), refused.body());
        assertProblem(refused, "body-too-large");
    }

    @Test
    void anInvalidOrderIsAProblemNamingTheField() {
        HttpResponse<String> refused = send(post("/api/orders", "{\"customer\":\"ada\",\"item\":\"lamp\",\"quantity\":0}"));
        assertEquals(400, refused.statusCode(), refused.body());
        assertProblem(refused, "validation-failed");
        assertTrue(refused.body().contains("quantity"), refused.body());
    }

    @Test
    void staffOnlyWithTheKey() {
        long id = json(send(post("/api/orders", "{\"customer\":\"bo\",\"item\":\"desk\",\"quantity\":1}")).body())
                .getJsonNumber("id").longValue();
        HttpResponse<String> anonymous = send(get("/api/admin/orders/" + id).DELETE().build());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertProblem(anonymous, "unauthorized");
        assertEquals(403, send(get("/api/admin/orders/" + id).header("X-Staff-Key", "guess").DELETE().build()).statusCode());
        assertEquals(204, send(get("/api/admin/orders/" + id).header("X-Staff-Key", "demo-staff-key").DELETE().build()).statusCode());
    }

    @Test
    void onlyTheShopsOriginGetsCorsHeaders() {
        HttpResponse<String> shop = send(get("/api/orders").header("Origin", "https://shop.example").build());
        assertEquals("https://shop.example", shop.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> other = send(get("/api/orders").header("Origin", "https://evil.example").build());
        assertFalse(other.headers().firstValue("Access-Control-Allow-Origin").isPresent(), other.headers().toString());
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        HttpResponse<String> missing = send(get("/api/nothing-here").build());
        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> wrongMethod = send(get("/api/orders").PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("application/problem+json", wrongMethod.headers().firstValue("Content-Type").orElse(""));
        assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("GET"), wrongMethod.headers().toString());
    }

    /** Last, as it spends the minute's requests of the list. */
    @Test
    @Order(Integer.MAX_VALUE)
    void theSixtyFirstRequestOfAMinuteIsRefused() {
        HttpResponse<String> answer = null;
        for (int i = 0; i < 61; i++) {
            answer = send(get("/api/orders").build());
        }
        assertEquals(429, answer.statusCode(), answer.body());
        assertProblem(answer, "rate-limited");
        assertTrue(answer.headers().firstValue("Retry-After").isPresent(), answer.headers().toString());
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(server.uri().toString().replaceAll("/$", "") + path));
    }

    private static HttpRequest post(String path, String json) {
        return get(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static void assertProblem(HttpResponse<String> response, String type) {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), response.body());
        assertEquals("https://waymark.dev/problems/" + type, json(response.body()).getString("type"), response.body());
        assertFalse(response.body().contains("Exception"), response.body());
    }
}
