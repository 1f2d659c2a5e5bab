package dev.waymark.tck.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.AccessLogFile;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.log.app.LoggedApi;

/**
 * Access logs (LOG-1, LOG-2). The deployment writes its log to a file in the test's temporary
 * folder ({@link AccessLogFile}), which the tests read.
 */
@Area.Log
class AccessLogIT {

    private static final AccessLogFile LOG = AccessLogFile.create();
    private static final Pattern REQUEST_TIME = Pattern.compile("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");
    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.%]+");

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LOG.writtenBy(Deployments.war("access-log", LoggedApi.class), "waymark.request-id.header=X-Correlation-Id\n");
    }

    /** The default line is a JSON object with every field; the id is the response's X-Request-Id. */
    @Assertion({"LOG-1-1", "LOG-2-1"})
    void defaultLineIsJsonWithEveryField() {
        Http http = Http.at(base);
        HttpResponse<String> response = http.send(http.request("/logged/json/7").header("User-Agent", "tck-agent/1.0").GET().build());
        String id = requestId(response);
        JsonObject line = json(lineWith(id));
        assertEquals(id, line.getString("requestId"));
        assertTrue(IP.matcher(line.getString("sourceIp")).matches(), line.toString());
        assertTrue(REQUEST_TIME.matcher(line.getString("requestTime")).matches(), line.toString());
        assertEquals("GET", line.getString("httpMethod"));
        assertTrue(line.getString("path").endsWith("/logged/json/7"), line.toString());
        assertEquals("GET /json/{id}", line.getString("routeKey"));
        assertEquals(200, line.getInt("status"));
        assertEquals("HTTP/1.1", line.getString("protocol"));
        assertEquals(response.body().getBytes(StandardCharsets.UTF_8).length, line.getInt("responseLength"));
        assertTrue(line.getInt("responseLatency") >= 0, line.toString());
        assertEquals("tck-agent/1.0", line.getString("userAgent"));
    }

    /** SST's CSV example works verbatim. */
    @Assertion("LOG-1-2")
    void sstCsvFormatWorksVerbatim() {
        HttpResponse<String> response = Http.at(base).get("/logged/csv");
        String id = requestId(response);
        String[] fields = lineWith(id).split(",", -1);
        assertEquals(8, fields.length, String.join(",", fields));
        assertTrue(IP.matcher(fields[0]).matches(), fields[0]);
        assertTrue(REQUEST_TIME.matcher(fields[1]).matches(), fields[1]);
        assertEquals(List.of("GET", "GET /csv", "HTTP/1.1", "200", "3", id), List.of(fields).subList(2, 8));
    }

    /**
     * A route with the log off writes no line; the request id is still sent. Lines are
     * written in the order their responses complete, so once the next request's line is there, the
     * quiet route's would be too.
     */
    @Assertion("LOG-1-1")
    void routeWithTheLogOffWritesNothing() {
        String id = requestId(Http.at(base).get("/logged/quiet"));
        lineWith(requestId(Http.at(base).get("/logged/json/after-quiet")));
        assertEquals(Optional.empty(), find(id));
    }

    /** Handlers see the request id and the client's address; unrouted requests get an id and a line too. */
    @Assertion("LOG-2-1")
    void requestIdReachesHandlersAndEveryResponse() {
        Http http = Http.at(base);
        HttpResponse<String> response = http.get("/logged/id");
        String[] seen = response.body().split(" ");
        assertEquals(requestId(response), seen[0]);
        assertTrue(IP.matcher(seen[1]).matches(), response.body());
        HttpResponse<String> missing = http.get("/logged/nowhere");
        assertEquals(404, missing.statusCode());
        JsonObject line = json(lineWith(requestId(missing)));
        assertEquals(404, line.getInt("status"));
        assertEquals("-", line.getString("routeKey"));
    }

    /** An id from the configured header is kept when valid, replaced when not. */
    @Assertion("LOG-2-2")
    void incomingIdsAreKeptWhenValid() {
        Http http = Http.at(base);
        assertEquals("order-42.retry-1", requestId(http.send(http.request("/logged/json/1").header("X-Correlation-Id", "order-42.retry-1")
                .GET().build())));
        String replaced = requestId(http.send(http.request("/logged/json/1").header("X-Correlation-Id", "bad id\twith spaces").GET().build()));
        assertTrue(replaced.matches("[0-9a-f-]{36}"), replaced);
    }

    /** Lines are written in the order their responses complete. */
    @Assertion("LOG-1-3")
    void linesFollowTheOrderOfResponses() {
        Http http = Http.at(base);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(requestId(http.get("/logged/json/order-" + i)));
        }
        lineWith(ids.get(ids.size() - 1));
        List<String> written = LOG.lines().stream()
                .map(line -> ids.stream().filter(line::contains).findFirst().orElse(null)).filter(Objects::nonNull).toList();
        assertEquals(ids, written);
    }

    /** A streamed body is logged with the length actually sent; edge routes are logged alike. */
    @Assertion("LOG-1-1")
    void streamedAndEdgeResponsesAreLogged() {
        Http http = Http.at(base);
        assertEquals(1000, json(lineWith(requestId(http.get("/logged/stream")))).getInt("responseLength"));
        JsonObject edge = json(lineWith(requestId(http.get("/logged/edge/9"))));
        assertEquals("GET /edge/{id}", edge.getString("routeKey"));
        assertEquals(6, edge.getInt("responseLength"));
    }

    private static String requestId(HttpResponse<?> response) {
        return response.headers().firstValue("X-Request-Id").orElseThrow(() -> new AssertionError("no X-Request-Id: " + response.headers()));
    }

    private static String lineWith(String id) {
        return LOG.await(id);
    }

    private static Optional<String> find(String id) {
        return LOG.find(id);
    }

    private static JsonObject json(String line) {
        return AccessLogFile.json(line);
    }
}
