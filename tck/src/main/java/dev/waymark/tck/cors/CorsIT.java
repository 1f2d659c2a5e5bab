package dev.waymark.tck.cors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.cors.app.ConfiguredOriginApi;
import dev.waymark.tck.cors.app.OpenApi;
import dev.waymark.tck.cors.app.RestrictedApi;

/** CORS: defaults, policies per API, route and table, preflights before handlers (CORS-1 to CORS-3). */
@Area.Cors
class CorsIT {

    private static final String APP = "https://app.example.test";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("cors", RestrictedApi.class, OpenApi.class, ConfiguredOriginApi.class).addAsResource(
                new StringAsset("waymark.api.configured-origin.cors.allow-origins=https://web.example.test, https://*.web.example.test\n"),
                "META-INF/microprofile-config.properties");
    }

    /** Without a declaration every origin is allowed with '*', without credentials. */
    @Assertion("CORS-1-2")
    void defaultPolicyAllowsEveryOrigin() {
        Http http = Http.at(base);
        HttpResponse<String> get = http.send(http.request("/open/items").header("Origin", "https://anywhere.test").GET().build());
        assertEquals("items", get.body());
        assertEquals("*", header(get, "Access-Control-Allow-Origin"));
        assertEquals("", header(get, "Access-Control-Allow-Credentials"));
        HttpResponse<String> preflight = preflight(http, "/open/items", "https://anywhere.test", "GET", "X-Custom");
        assertEquals(204, preflight.statusCode());
        assertEquals("*", header(preflight, "Access-Control-Allow-Origin"));
        assertEquals("", header(preflight, "Access-Control-Max-Age"));
    }

    /** An allowed origin is echoed, with credentials, exposed headers and Vary: Origin. */
    @Assertion("CORS-3-1")
    void allowedOriginIsEchoed() {
        Http http = Http.at(base);
        HttpResponse<String> get = http.send(http.request("/restricted/notes").header("Origin", APP).GET().build());
        assertEquals(APP, header(get, "Access-Control-Allow-Origin"));
        assertEquals("true", header(get, "Access-Control-Allow-Credentials"));
        assertEquals("x-note-version", header(get, "Access-Control-Expose-Headers").toLowerCase(Locale.ROOT));
        assertTrue(varies(get), get.headers().toString());
        String preview = "https://pr-12.preview.example.test";
        assertEquals(preview, header(http.send(http.request("/restricted/notes").header("Origin", preview).GET().build()),
                "Access-Control-Allow-Origin"));
    }

    /** Another origin gets no CORS headers (the browser blocks it), and the answer varies by origin. */
    @Assertion("CORS-3-1")
    void otherOriginsGetNoCorsHeaders() {
        Http http = Http.at(base);
        for (String origin : List.of("https://evil.test", "https://preview.example.test.evil.test", "http://app.example.test")) {
            HttpResponse<String> get = http.send(http.request("/restricted/notes").header("Origin", origin).GET().build());
            assertEquals(200, get.statusCode());
            assertEquals("", header(get, "Access-Control-Allow-Origin"), origin);
            assertTrue(varies(get), get.headers().toString());
        }
    }

    /** A preflight within the policy is answered 204 with the allowed methods, headers and max age. */
    @Assertion("CORS-2-2")
    void allowedPreflightIsAnswered() {
        HttpResponse<String> preflight = preflight(Http.at(base), "/restricted/notes/7", APP, "PUT", "content-type, x-trace");
        assertEquals(204, preflight.statusCode());
        assertEquals(APP, header(preflight, "Access-Control-Allow-Origin"));
        assertEquals("true", header(preflight, "Access-Control-Allow-Credentials"));
        assertEquals(List.of("GET", "PUT"), list(header(preflight, "Access-Control-Allow-Methods")));
        assertEquals(List.of("content-type", "x-trace"), list(header(preflight, "Access-Control-Allow-Headers").toLowerCase(Locale.ROOT)));
        assertEquals("600", header(preflight, "Access-Control-Max-Age"));
    }

    /** A preflight for an origin, method or header outside the policy is a 403 problem. */
    @Assertion("CORS-2-2")
    void preflightOutsideThePolicyIsRefused() {
        Http http = Http.at(base);
        Problems.assertProblem(preflight(http, "/restricted/notes/7", "https://evil.test", "PUT", null), 403, "cors-refused");
        Problems.assertProblem(preflight(http, "/restricted/notes/7", APP, "DELETE", null), 403, "cors-refused");
        Problems.assertProblem(preflight(http, "/restricted/notes/7", APP, "PUT", "X-Other"), 403, "cors-refused");
    }

    /** A preflight never runs the route's handler, even one that refuses every request. */
    @Assertion("CORS-2-1")
    void preflightDoesNotRunTheHandler() {
        Http http = Http.at(base);
        assertEquals(204, preflight(http, "/restricted/guarded", APP, "PUT", "content-type").statusCode());
        assertEquals("0", http.ok("/restricted/guarded/calls"));
        HttpResponse<String> refused = http.send(http.request("/restricted/guarded").header("Origin", APP)
                .PUT(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(401, refused.statusCode());
        assertEquals(APP, header(refused, "Access-Control-Allow-Origin"));
    }

    /** A route's policy replaces its API's; @Cors(enabled = false) sends no CORS headers at all. */
    @Assertion("CORS-1-1")
    void routeCanTurnCorsOff() {
        Http http = Http.at(base);
        HttpResponse<String> get = http.send(http.request("/restricted/private").header("Origin", APP).GET().build());
        assertEquals("private", get.body());
        assertEquals("", header(get, "Access-Control-Allow-Origin"));
        HttpResponse<String> preflight = preflight(http, "/restricted/private", APP, "GET", null);
        assertEquals("", header(preflight, "Access-Control-Allow-Origin"));
    }

    /** A route table's defaults carry a policy. */
    @Assertion("CORS-1-1")
    void tableDefaultsCarryAPolicy() {
        Http http = Http.at(base);
        String partner = "https://partner.example.test";
        assertEquals(partner, header(http.send(http.request("/partners/feed").header("Origin", partner).GET().build()),
                "Access-Control-Allow-Origin"));
        assertEquals("", header(http.send(http.request("/partners/feed").header("Origin", APP).GET().build()),
                "Access-Control-Allow-Origin"));
    }

    /** Configuration replaces an API's allowed origins and keeps the rest of its policy. */
    @Assertion("CORS-1-4")
    void configurationSetsAnApisOrigins() {
        Http http = Http.at(base);
        for (String origin : List.of("https://web.example.test", "https://staging.web.example.test")) {
            HttpResponse<String> get = http.send(http.request("/configured-origin/items").header("Origin", origin).GET().build());
            assertEquals(origin, header(get, "Access-Control-Allow-Origin"));
            assertEquals("true", header(get, "Access-Control-Allow-Credentials"));
        }
        assertEquals("", header(http.send(http.request("/configured-origin/items").header("Origin", "https://placeholder.example.test")
                .GET().build()), "Access-Control-Allow-Origin"));
    }

    private static HttpResponse<String> preflight(Http http, String path, String origin, String method, String headers) {
        HttpRequest.Builder request = http.request(path).method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", method);
        if (headers != null) {
            request.header("Access-Control-Request-Headers", headers);
        }
        return http.send(request.build());
    }

    private static String header(HttpResponse<?> response, String name) {
        return String.join(", ", response.headers().allValues(name));
    }

    private static boolean varies(HttpResponse<?> response) {
        return response.headers().allValues("Vary").stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .anyMatch(value -> value.strip().equalsIgnoreCase("Origin"));
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}
