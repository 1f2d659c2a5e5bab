package dev.waymark.tck.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.body.app.DefaultsApi;
import dev.waymark.tck.body.app.LimitsApi;

/** Request body limits (BODY-1). */
@Area.Body
class BodyLimitIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("body-limits", LimitsApi.class, DefaultsApi.class);
    }

    private HttpResponse<String> post(String path, String body) {
        return Http.at(base).send("POST", path, body, "Content-Type", "application/octet-stream");
    }

    /** Sends a body without a Content-Length: chunked. */
    private HttpResponse<String> postChunked(String path, int size) {
        byte[] bytes = "x".repeat(size).getBytes(StandardCharsets.US_ASCII);
        return Http.at(base).send(Http.at(base).request(path)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build());
    }

    /** The route's limit overrides the API's, which overrides the default. */
    @Assertion("BODY-1-1")
    void routeLimitOverridesApiLimitWhichOverridesTheDefault() {
        assertEquals("1024", post("/limits/route-limit", "x".repeat(1024)).body());
        Problems.assertProblem(post("/limits/route-limit", "x".repeat(1025)), 413, "body-too-large");
        assertEquals("10240", post("/limits/api-limit", "x".repeat(10 * 1024)).body());
        Problems.assertProblem(post("/limits/api-limit", "x".repeat(10 * 1024 + 1)), 413, "body-too-large");
        assertEquals("20000", post("/defaults/echo-length", "x".repeat(20_000)).body());
        Problems.assertProblem(post("/defaults/echo-length", "x".repeat(1024 * 1024 + 1)), 413, "body-too-large");
    }

    /** A chunked body is cut off at the limit. */
    @Assertion("BODY-1-2")
    void chunkedBodyOverTheLimitIsRefused() {
        assertEquals("1000", postChunked("/limits/route-limit", 1000).body());
        Problems.assertProblem(postChunked("/limits/route-limit", 64 * 1024), 413, "body-too-large");
        assertEquals("2", post("/limits/route-limit", "ok").body());
    }

    /** Unlimited takes a body larger than the default limit. */
    @Assertion("BODY-1-1")
    void unlimitedTakesLargeBodies() {
        assertEquals(Integer.toString(3 * 1024 * 1024), postChunked("/limits/unlimited", 3 * 1024 * 1024).body());
    }

    /** With parsing off the handler sees the exact bytes sent, and the limit still applies. */
    @Assertion("BODY-1-3")
    void rawBodyIsTheExactBytesSent() throws Exception {
        String payload = "{\"id\":\"evt_1\",  \"amount\": 100 }\n";
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload.getBytes(StandardCharsets.UTF_8)));
        var verified = Http.at(base).send("POST", "/limits/raw", payload, "Content-Type", "application/json", "X-Digest", digest);
        assertEquals("verified", verified.body());
        Problems.assertProblem(post("/limits/raw", "x".repeat(4 * 1024 + 1)), 413, "body-too-large");
    }

    /** A programmatic route takes the same settings through RouteOptions. */
    @Assertion("BODY-1-4")
    void programmaticRoutesTakeTheSameSettings() {
        assertEquals("2048", post("/table/small", "x".repeat(2048)).body());
        Problems.assertProblem(post("/table/small", "x".repeat(2049)), 413, "body-too-large");
        assertEquals("5", post("/table/raw", "abcde").body());
    }
}
