package dev.waymark.tck.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.route.app.PrecedenceApi;

/** Path forms and precedence: ROUTE-2, ROUTE-3, ROUTE-4-1. */
@Area.Route
class RoutePrecedenceIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("route-precedence", PrecedenceApi.class);
    }

    private String body(String path) {
        return Http.at(base).ok(path);
    }

    /** The Next.js example, whatever the declaration order. */
    @Assertion("ROUTE-3-1")
    void literalBeatsDynamicSegmentWhichBeatsCatchAll() {
        assertEquals("create", body("/api/post/create"));
        assertEquals("pid:abc", body("/api/post/abc"));
        assertEquals("slug+:a|b|c", body("/api/post/a/b/c"));
    }

    /** {@code [[...slug]]} matches the bare parent with an empty list. */
    @Assertion("ROUTE-2-2")
    void optionalCatchAllMatchesTheBareParentPath() {
        assertEquals("docs:0:", body("/api/docs"));
        assertEquals("docs:2:a|b", body("/api/docs/a/b"));
    }

    /** The Next.js bracket forms are the same as the brace forms. */
    @Assertion("ROUTE-2-2")
    void nextJsBracketFormsWork() {
        assertEquals("user:42", body("/api/users/42"));
        assertEquals("files:x/y/z", body("/api/files/x/y/z"));
    }

    /** Runs of white space in a key count as one. */
    @Assertion("ROUTE-2-1")
    void whiteSpaceInAKeyIsCollapsed() {
        assertEquals("spaced", body("/api/spaced/key"));
    }

    /** The full ladder literal, {name}, {name+}, {name*}. */
    @Assertion("ROUTE-3-1")
    void fullPrecedenceLadder() {
        assertEquals("literal", body("/api/ladder/lit"));
        assertEquals("param:other", body("/api/ladder/other"));
        assertEquals("greedy:2", body("/api/ladder/a/b"));
        assertEquals("optional:0", body("/api/ladder"));
    }

    /** An exact method beats ANY for the same path, and HEAD follows GET. */
    @Assertion("ROUTE-3-2")
    void exactMethodBeatsAny() {
        assertEquals("get:1", body("/api/mixed/1"));
        var delete = Http.at(base).send("DELETE", "/api/mixed/1", null);
        assertEquals("any:DELETE", delete.body());
        var patch = Http.at(base).send("PATCH", "/api/mixed/1", "x");
        assertEquals("any:PATCH", patch.body());
        var head = Http.at(base).send("HEAD", "/api/mixed/1", null);
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
    }

    /** $default takes unmatched paths and method mismatches under its base path only. */
    @Assertion("ROUTE-4-1")
    void defaultTakesEverythingNoRouteTakes() {
        assertEquals("default:GET /api/nothing/here", body("/api/nothing/here"));
        var post = Http.at(base).send("POST", "/api/post/create", "{}");
        assertEquals(200, post.statusCode());
        assertEquals("default:POST /api/post/create", post.body());
        assertEquals("default:GET /api", body("/api"));
        Problems.assertProblem(Http.at(base).get("/elsewhere"), 404, "route-not-found");
    }
}
