package dev.waymark.tck.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.auth.app.AuthTableProducer;

/** Custom and container authorizers, route tables, and preflights before authorizers (AUTH-1, AUTH-3, AUTH-4). */
@Area.Auth
class AuthorizersIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return JwtAuthorizerIT.guarded("auth").addClass(AuthTableProducer.class);
    }

    /** An allowed key reaches the handler with the authorizer's principal and context. */
    @Assertion({"AUTH-3-3", "AUTH-1-5"})
    void customAuthorizerAllows() {
        HttpResponse<String> allowed = get("/guarded/key/7", "X-Api-Key", "key-alice");
        assertEquals(200, allowed.statusCode(), allowed.body());
        JsonObject body = Problems.json(allowed);
        assertEquals("7", body.getString("item"));
        assertEquals("alice", body.getString("principal"));
        assertEquals("pro", body.getString("plan"));
    }

    /** A missing identity source is a 401 without calling the authorizer; a deny is the deny status. */
    @Assertion({"AUTH-3-2", "AUTH-3-3"})
    void customAuthorizerRefuses() {
        int before = calls();
        HttpResponse<String> missing = get("/guarded/key/7");
        Problems.assertProblem(missing, 401, "unauthorized");
        assertTrue(missing.headers().firstValue("WWW-Authenticate").orElse("").startsWith("ApiKey realm=\"guarded\""));
        Problems.assertProblem(get("/guarded/key/7", "X-Api-Key", ""), 401, "unauthorized");
        assertEquals(before, calls(), "the authorizer is not called without its identity source");
        Problems.assertProblem(get("/guarded/key/7", "X-Api-Key", "key-mallory"), 403, "forbidden");
        Problems.assertProblem(Http.at(base).send("GET", "/guarded/ticket?ticket=key-mallory", null), 401, "unauthorized");
        assertEquals("bob", Http.at(base).ok("/guarded/ticket?ticket=key-bob"));
    }

    /** Identity sources from a cookie and a header, all of which must be present. */
    @Assertion({"AUTH-3-1", "AUTH-3-2"})
    void cookieAndHeaderSourcesAreHandedOver() {
        assertEquals("alice", get("/guarded/session", "Cookie", "session=key-alice", "X-Tenant", "acme").body());
        Problems.assertProblem(get("/guarded/session", "Cookie", "session=key-alice"), 401, "unauthorized");
        Problems.assertProblem(get("/guarded/session", "X-Tenant", "acme"), 401, "unauthorized");
        Problems.assertProblem(get("/guarded/session", "Cookie", "session=key-alice", "X-Tenant", "other"), 403, "forbidden");
    }

    /** With a result TTL the same identity is decided once. */
    @Assertion("AUTH-3-4")
    void decisionsAreCachedForTheTtl() {
        String key = "key-bob";
        assertEquals(200, get("/guarded/key/1", "X-Api-Key", key).statusCode());
        int after = calls();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, get("/guarded/key/" + i, "X-Api-Key", key).statusCode());
        }
        assertEquals(after, calls(), "cached decisions are not asked again");
        int uncached = calls();
        assertEquals("bob", Http.at(base).ok("/guarded/ticket?ticket=key-bob"));
        assertEquals("bob", Http.at(base).ok("/guarded/ticket?ticket=key-bob"));
        assertEquals(uncached + 2, calls(), "without a TTL every request is decided");
    }

    /**
     * An authorizer that throws, or returns null, ends the request with a 500 problem that says
     * nothing of the failure, and the server keeps serving.
     */
    @Assertion("AUTH-3-5")
    void failingAuthorizerIsA500() {
        HttpResponse<String> failed = get("/guarded/key/7", "X-Api-Key", "key-boom");
        Problems.assertProblem(failed, 500, "authorizer-failed");
        assertTrue(!failed.body().contains("key store"), failed.body());
        Problems.assertProblem(get("/guarded/key/7", "X-Api-Key", "key-null"), 500, "authorizer-failed");
        assertEquals(200, get("/guarded/key/7", "X-Api-Key", "key-alice").statusCode());
    }

    /** The container's principal and roles decide; Waymark decides the status. */
    @Assertion("AUTH-4-2")
    void containerAuthorizerUsesTheSecurityContext() {
        HttpResponse<String> anonymous = get("/guarded/server/me");
        Problems.assertProblem(anonymous, 401, "unauthorized");
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").isPresent());
        assertEquals("frank", get("/guarded/server/me", "X-Test-User", "frank").body());
        Problems.assertProblem(Http.at(base).send("DELETE", "/guarded/server/items/3", null, "X-Test-User", "frank;user"), 403, "forbidden");
        HttpResponse<String> admin = Http.at(base).send("DELETE", "/guarded/server/items/3", null, "X-Test-User", "grace;user,admin");
        assertEquals(200, admin.statusCode(), admin.body());
        assertEquals("3 deleted by grace", admin.body());
    }

    /** A CORS preflight is answered without the authorizer, and a refusal carries the CORS headers. */
    @Assertion("AUTH-1-4")
    void preflightNeverReachesTheAuthorizer() {
        HttpResponse<String> preflight = Http.at(base).send("OPTIONS", "/guarded/key/7", null, "Origin", "https://app.example.test",
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "x-api-key");
        assertEquals(204, preflight.statusCode(), preflight.body());
        assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> refused = get("/guarded/me", "Origin", "https://app.example.test");
        Problems.assertProblem(refused, 401, "unauthorized");
        assertEquals("*", refused.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    /** A route table declares authorizers, chooses one by default, and routes choose another or none. */
    @Assertion("AUTH-1-1")
    void routeTablesDeclareAuthorizers() {
        Problems.assertProblem(get("/table/secret"), 401, "unauthorized");
        assertEquals("secret for alice", get("/table/secret", "X-Api-Key", "key-alice").body());
        assertEquals("public", Http.at(base).ok("/table/public"));
        assertEquals("added for alice", get("/table/added", "X-Api-Key", "key-alice").body());
    }

    private int calls() {
        return Integer.parseInt(Http.at(base).ok("/guarded/key-calls"));
    }

    private HttpResponse<String> get(String path, String... headers) {
        return Http.at(base).send("GET", path, null, headers);
    }
}
