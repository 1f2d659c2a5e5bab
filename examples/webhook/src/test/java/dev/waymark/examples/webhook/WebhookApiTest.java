package dev.waymark.examples.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.waymark.server.Waymark;

class WebhookApiTest {

    private static final String SECRET = "whsec_webhook_api_test";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Waymark server;

    @BeforeAll
    static void start() {
        System.setProperty("webhook.secret", SECRET);
        server = Waymark.builder().host("127.0.0.1").port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
        System.clearProperty("webhook.secret");
    }

    private static String event(String id) {
        return "{\"id\":\"" + id + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                + "\"data\":{\"object\":{\"amount\":2000,\"currency\":\"eur\"}}}";
    }

    private static String newId() {
        return "evt_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    /** The v1 signature, computed here independently of the code under test. */
    private static String v1(String secret, long timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static String header(String secret, long timestamp, String body) throws Exception {
        return "t=" + timestamp + ",v1=" + v1(secret, timestamp, body.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> deliver(byte[] body, String signature) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve("webhooks/stripe"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> deliver(String body, String signature) throws Exception {
        return deliver(body.getBytes(StandardCharsets.UTF_8), signature);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> receivedIds() throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("webhooks/events")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return Json.createReader(new StringReader(response.body())).readArray().stream()
                .map(JsonValue::asJsonObject)
                .map(event -> event.getString("id"))
                .toList();
    }

    private static void assertBadRequest(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonObject problem = json(response);
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("Stripe-Signature"), response.body());
    }

    @Test
    void recordsASignedEvent() throws Exception {
        String id = newId();
        String body = event(id);
        HttpResponse<String> response = deliver(body, header(SECRET, now(), body));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(json(response).getBoolean("received"));
        assertTrue(receivedIds().contains(id));
        HttpResponse<String> events = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("webhooks/events")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(events.body().contains("{\"id\":\"" + id + "\",\"type\":\"payment_intent.succeeded\"}"), events.body());
    }

    @Test
    void acknowledgesARetriedDeliveryButRecordsItOnce() throws Exception {
        String id = newId();
        String body = event(id);
        assertEquals(200, deliver(body, header(SECRET, now(), body)).statusCode());
        HttpResponse<String> retry = deliver(body, header(SECRET, now(), body));
        assertEquals(200, retry.statusCode(), retry.body());
        assertTrue(json(retry).getBoolean("received"));
        assertEquals(1, receivedIds().stream().filter(id::equals).count());
    }

    @Test
    void acceptsTheSecondV1OfASecretRotation() throws Exception {
        String id = newId();
        String body = event(id);
        long timestamp = now();
        String signature = "t=" + timestamp + ",v1=" + v1("whsec_previous", timestamp, body.getBytes(StandardCharsets.UTF_8))
                + ",v1=" + v1(SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, deliver(body, signature).statusCode());
        assertTrue(receivedIds().contains(id));
    }

    @Test
    void refusesATamperedBody() throws Exception {
        String id = newId();
        String body = event(id);
        String signature = header(SECRET, now(), body);
        assertBadRequest(deliver(body.replace("2000", "1"), signature));
        assertFalse(receivedIds().contains(id));
    }

    @Test
    void refusesAnotherSecret() throws Exception {
        String body = event(newId());
        assertBadRequest(deliver(body, header("whsec_someone_else", now(), body)));
    }

    @Test
    void refusesAnOldTimestamp() throws Exception {
        String body = event(newId());
        HttpResponse<String> response = deliver(body, header(SECRET, now() - 600, body));
        assertBadRequest(response);
        assertTrue(json(response).getString("detail").contains("300 seconds"), response.body());
    }

    @Test
    void refusesMalformedHeaders() throws Exception {
        String body = event(newId());
        long timestamp = now();
        String v1 = v1(SECRET, timestamp, body.getBytes(StandardCharsets.UTF_8));
        for (String signature : List.of("garbage", "v1=" + v1, "t=abc,v1=" + v1, "t=" + timestamp, "t=" + timestamp + ",v1=",
                "t=" + timestamp + ",v1=" + v1.substring(1), "t=" + timestamp + ",v1=" + v1 + ",v1=xyz",
                "t=" + timestamp + ",t=" + timestamp + ",v1=" + v1)) {
            assertBadRequest(deliver(body, signature));
        }
    }

    @Test
    void refusesAMissingHeader() throws Exception {
        assertBadRequest(deliver(event(newId()), null));
    }

    @Test
    void refusesASignedBodyThatIsNotAnEvent() throws Exception {
        String body = "[\"not an event\"]";
        HttpResponse<String> response = deliver(body, header(SECRET, now(), body));
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void refusesABodyOver64Kilobytes() throws Exception {
        byte[] body = new byte[64 * 1024 + 1];
        long timestamp = now();
        HttpResponse<String> response = deliver(body, "t=" + timestamp + ",v1=" + v1(SECRET, timestamp, body));
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    }
}
