package dev.waymark.tck.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.auth.TokenIssuer;
import dev.waymark.tck.auth.app.KeyAuthorizer;
import dev.waymark.tck.jaxrs.app.GuardedOrdersResource;
import dev.waymark.tck.jaxrs.app.OrdersApplication;

/** Waymark's authorizers on the resources of a plain JAX-RS application (JAXRS-2-6). */
@Area.Jaxrs
@Tag("jaxrs-applications")
class JaxrsAuthorizationIT {

    private static final TokenIssuer ISSUER = TokenIssuer.start();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("jaxrs-authorization", OrdersApplication.class, GuardedOrdersResource.class, KeyAuthorizer.class)
                .addAsResource(new StringAsset(ISSUER.config()), "META-INF/microprofile-config.properties");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop();
    }

    /**
     * The class's JWT authorizer guards its methods: no token is challenged with 401, a valid one
     * reaches the method, whose security context names the caller.
     */
    @Assertion("JAXRS-2-6")
    void aJwtAuthorizerGuardsTheResource() {
        Http http = Http.at(base);
        HttpResponse<String> refused = http.get("/rest/guarded/me");
        Problems.assertProblem(refused, 401, "unauthorized");
        assertEquals("Bearer realm=\"GuardedOrdersResource\"", refused.headers().firstValue("WWW-Authenticate").orElse(""));
        Problems.assertProblem(http.send("GET", "/rest/guarded/me", null, "Authorization", "Bearer not-a-token"), 401, "unauthorized");
        HttpResponse<String> me = http.send("GET", "/rest/guarded/me", null, "Authorization", "Bearer " + ISSUER.token("alice", "profile"));
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("alice", me.body());
    }

    /** A method's scopes are required of the token: 403 without one of them. */
    @Assertion("JAXRS-2-6")
    void aMethodsScopesAreRequired() {
        Http http = Http.at(base);
        Problems.assertProblem(http.send("POST", "/rest/guarded/orders", "", "Authorization", "Bearer " + ISSUER.token("bob", "profile")),
                403, "forbidden");
        HttpResponse<String> created = http.send("POST", "/rest/guarded/orders", "", "Authorization",
                "Bearer " + ISSUER.token("bob", "orders:write"));
        assertEquals(200, created.statusCode(), created.body());
        assertEquals("created by bob", created.body());
    }

    /** A method may choose the class's custom authorizer, or none. */
    @Assertion("JAXRS-2-6")
    void aMethodChoosesItsAuthorizer() {
        Http http = Http.at(base);
        assertEquals("alice", http.send("GET", "/rest/guarded/key", null, "X-Api-Key", "key-alice").body());
        Problems.assertProblem(http.send("GET", "/rest/guarded/key", null, "X-Api-Key", "key-mallory"), 403, "forbidden");
        assertEquals("open", http.ok("/rest/guarded/open"));
    }
}
