package dev.waymark.tck.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.ParameterizedAssertion;
import dev.waymark.tck.Problems;
import dev.waymark.tck.route.app.PathApi;

/** Request path decoding and validation (ROUTE-5). */
@Area.Route
class RoutePathIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("route-path", PathApi.class);
    }

    private String body(String path) {
        return Http.at(base).ok(path);
    }

    /** An encoded slash stays in its segment; each segment is decoded exactly once. */
    @Assertion("ROUTE-5-1")
    void segmentsAreDecodedExactlyOnce() {
        assertEquals("a/b", body("/p/echo/a%2Fb"));
        assertEquals("%41", body("/p/echo/%2541"));
        assertEquals("café", body("/p/echo/caf%C3%A9"));
        assertEquals("a b", body("/p/echo/a%20b"));
        assertEquals("[\"a/b\",\"c\"]", body("/p/all/a%2Fb/c"));
    }

    /** One trailing slash is ignored. */
    @Assertion("ROUTE-5-2")
    void trailingSlashIsIgnored() {
        assertEquals("x", body("/p/echo/x/"));
        assertEquals("[]", body("/p/all/"));
        assertEquals("[]", body("/p/all"));
    }

    /** A semicolon is an ordinary character of a segment. */
    @Assertion("ROUTE-5-3")
    void semicolonIsPartOfTheSegment() {
        assertEquals("a;b=c", body("/p/echo/a;b=c"));
    }

    /** Dot-segments, raw or encoded, are refused with a 400 problem. */
    @ParameterizedAssertion("ROUTE-5-4")
    @ValueSource(strings = {"/p/echo/x/../", "/p/all/../p/echo/x", "/p/echo/%2E%2E", "/p/all/%2e/x", "/p/echo/a%01b"})
    void dotSegmentsAndControlCharactersAreRefused(String path) {
        assertEquals("ok", body("/p/echo/ok"));
        Problems.assertProblem(Http.at(base).get(path), 400, "invalid-path");
    }

    /**
     * Invalid percent-encodings, bytes that are not UTF-8 (overlong forms included) and
     * NUL answer 400 (some containers refuse them before the implementation sees them).
     */
    @ParameterizedAssertion("ROUTE-5-4")
    @ValueSource(strings = {"/p/echo/%C0%AE", "/p/echo/%FF", "/p/echo/%E2%82", "/p/echo/a%00b"})
    void invalidEncodingsAnswer400(String path) {
        assertEquals(400, Http.at(base).get(path).statusCode(), path);
        assertEquals("ok", body("/p/echo/ok"));
    }

    /**
     * A malformed percent-encoding in the query answers 400, as a problem of type
     * {@code invalid-query} where the implementation answers it, unless the container refused it
     * with an answer of its own, or repaired the request before the implementation saw it (escaped
     * the {@code %}, so the value is the literal text); never a 5xx, and the server keeps serving.
     * (Malformed escapes in the path are left out: Payara Micro 6's own URI decoder answers them
     * with an empty 200 before any application sees them.)
     */
    @ParameterizedAssertion("ROUTE-5-4")
    @CsvSource({"/p/query?x=%ZZ,%ZZ", "/p/query?x=%4,%4", "/p/query?x=%,%"})
    void malformedPercentEncodingsAnswer400(String target, String literal) {
        Http.RawResponse response = Http.at(base).rawGet(target);
        boolean refused = response.status() == 400;
        boolean repaired = response.status() == 200 && response.body().contains(literal);
        assertTrue(refused || repaired, () -> target + " answered " + response.status() + ": " + response.body());
        if (refused && response.body().contains(Problems.TYPE_BASE)) {
            assertEquals(Problems.TYPE_BASE + "invalid-query", Problems.json(response.body()).getString("type"), response.body());
        }
        assertEquals("ok", body("/p/echo/ok"));
    }

    /** A path over the limit (2048 characters by default) answers a 414 problem. */
    @Assertion("ROUTE-5-5")
    void absurdlyLongPathAnswers414() {
        String path = "/p/echo/" + "a".repeat(5000);
        Problems.assertProblem(Http.at(base).get(path), 414, "path-too-long");
        assertEquals("a".repeat(1000), body("/p/echo/" + "a".repeat(1000)));
    }
}
