package dev.waymark.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** Assertions on RFC 9457 problem responses. */
public final class Problems {

    /** Where Waymark's problem type URIs start. */
    public static final String TYPE_BASE = "https://waymark.dev/problems/";

    private Problems() {
    }

    /**
     * Asserts a response is a problem with a status and a type, and leaks no stack trace.
     *
     * @param response the response
     * @param status the expected status
     * @param type the expected type: a Waymark slug such as {@code route-not-found}, or {@code about:blank}
     * @return the problem, for further checks
     */
    public static JsonObject assertProblem(HttpResponse<String> response, int status, String type) {
        assertEquals(status, response.statusCode(), () -> "status of " + response.uri() + ": " + response.body());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(contentType.startsWith("application/problem+json"), () -> "Content-Type " + contentType + " of " + response.uri());
        JsonObject problem;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            problem = reader.readObject();
        }
        assertEquals(type.contains(":") ? type : TYPE_BASE + type, problem.getString("type"), response.body());
        assertEquals(status, problem.getInt("status"), response.body());
        assertTrue(problem.containsKey("title"), response.body());
        assertFalse(response.body().matches("(?s).*\\bat [\\w.$]+\\(.*"), () -> "stack trace leaked: " + response.body());
        return problem;
    }

    /**
     * Reads a JSON object body.
     *
     * @param response the response
     * @return the object
     */
    public static JsonObject json(HttpResponse<String> response) {
        return json(response.body());
    }

    /**
     * Parses a JSON object.
     *
     * @param body the JSON text
     * @return the object
     */
    public static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
