package dev.waymark.tck.graphql;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import dev.waymark.tck.Http;

/** GraphQL-over-HTTP requests of the TCK. */
final class GraphQL {

    /** The GraphQL response media type. */
    static final String RESPONSE_TYPE = "application/graphql-response+json";

    private GraphQL() {
    }

    static String body(String query) {
        return Json.createObjectBuilder().add("query", query).build().toString();
    }

    static HttpResponse<String> post(Http http, String path, String query, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.send("POST", path, body(query), all);
    }

    static HttpResponse<String> get(Http http, String path, String query, String... headers) {
        return http.send("GET", path + "?query=" + encode(query), null, headers);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
