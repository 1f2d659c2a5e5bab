package dev.waymark.examples.notesgraphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.waymark.server.Waymark;

class NotesGraphQLTest {

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

    private static HttpResponse<String> post(String path, String query) throws Exception {
        String body = "{\"query\":\"" + query.replace("\"", "\\\"") + "\"}";
        return CLIENT.send(HttpRequest.newBuilder(server.uri().resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bothStylesServeTheSameNotes() throws Exception {
        HttpResponse<String> created = post("api/graphql", "mutation { createNote(text: \"buy milk\") { id text } }");
        assertEquals(200, created.statusCode(), created.body());
        assertTrue(created.body().contains("\"text\":\"buy milk\""), created.body());

        HttpResponse<String> listed = post("schema/graphql", "{ listNotes { id text createdAt } }");
        assertEquals(200, listed.statusCode(), listed.body());
        assertTrue(listed.body().contains("\"text\":\"buy milk\""), listed.body());

        HttpResponse<String> added = post("schema/graphql", "mutation { createNote(text: \"call mum\") { id } }");
        assertEquals(200, added.statusCode(), added.body());
        String query = URLEncoder.encode("{ notes { text } }", StandardCharsets.UTF_8);
        HttpResponse<String> fetched = CLIENT.send(HttpRequest.newBuilder(URI.create(server.uri() + "api/graphql?query=" + query))
                .header("Accept", "application/graphql-response+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, fetched.statusCode(), fetched.body());
        assertTrue(fetched.headers().firstValue("Content-Type").orElse("").startsWith("application/graphql-response+json"));
        assertTrue(fetched.body().contains("call mum"), fetched.body());
    }

    @Test
    void blankNotesAreFieldErrors() throws Exception {
        HttpResponse<String> refused = post("schema/graphql", "mutation { createNote(text: \" \") { id } }");
        assertEquals(200, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"errors\""), refused.body());
    }
}
