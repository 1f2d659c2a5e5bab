package dev.waymark.examples.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.waymark.server.Waymark;

class NotesApiTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Waymark server;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "notes-db");
        System.setProperty("notes.jdbc.url", "jdbc:h2:" + data.toAbsolutePath().resolve("notes"));
        server = Waymark.builder().host("127.0.0.1").port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        return send(method, path, body, DevTokens.token("alice", "notes:write"));
    }

    private static HttpResponse<String> send(String method, String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void createsReadsUpdatesAndDeletesANote() throws Exception {
        HttpResponse<String> created = send("POST", "notes", "{\"content\":\"buy milk\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = json(created).getString("noteId");
        assertEquals(server.uri().resolve("/notes/" + id), server.uri().resolve(created.headers().firstValue("Location").orElse("")));

        assertEquals("buy milk", json(send("GET", "notes/" + id, null)).getString("content"));
        assertTrue(send("GET", "notes", null).body().contains(id));

        HttpResponse<String> updated = send("PUT", "notes/" + id, "{\"content\":\"buy oat milk\"}");
        assertEquals("buy oat milk", json(updated).getString("content"));

        assertEquals(204, send("DELETE", "notes/" + id, null).statusCode());
        assertEquals(404, send("GET", "notes/" + id, null).statusCode());
        assertEquals(404, send("DELETE", "notes/" + id, null).statusCode());
    }

    @Test
    void writesNeedATokenWithTheWriteScope() throws Exception {
        HttpResponse<String> anonymous = send("POST", "notes", "{\"content\":\"x\"}", null);
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(403, send("POST", "notes", "{\"content\":\"x\"}", DevTokens.token("bob", "notes:read")).statusCode());
        assertEquals(200, send("GET", "notes", null, null).statusCode());
    }

    @Test
    void allowsTheConfiguredWebOrigin() throws Exception {
        HttpRequest preflight = HttpRequest.newBuilder(server.uri().resolve("notes"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type").build();
        HttpResponse<String> answer = CLIENT.send(preflight, HttpResponse.BodyHandlers.ofString());
        assertEquals(204, answer.statusCode(), answer.body());
        assertEquals("http://localhost:5173", answer.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertEquals("true", answer.headers().firstValue("Access-Control-Allow-Credentials").orElse(""));
    }

    @Test
    void refusesAnEmptyNote() throws Exception {
        HttpResponse<String> response = send("POST", "notes", "{\"content\":\"  \"}");
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("content", json(response).getJsonArray("violations").getJsonObject(0).getString("field"), response.body());
    }

    @Test
    void catchAllAnswersEverythingElse() throws Exception {
        HttpResponse<String> response = send("PATCH", "elsewhere/x", "{}");
        assertEquals(404, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(json(response).getString("detail").contains("PATCH /elsewhere/x"), response.body());
    }
}
