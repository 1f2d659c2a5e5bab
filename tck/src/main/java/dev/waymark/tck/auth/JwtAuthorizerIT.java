package dev.waymark.tck.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.auth.app.GuardedApi;
import dev.waymark.tck.auth.app.HeaderSecurityFilter;
import dev.waymark.tck.auth.app.KeyAuthorizer;

/** JWT authorizers: valid tokens, scopes, the token as a parameter and a CDI bean, and the attacks they refuse (AUTH-1, AUTH-2). */
@Area.Auth
class JwtAuthorizerIT {

    static final TokenIssuer ISSUER = TokenIssuer.start();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return guarded("auth-jwt");
    }

    static WebArchive guarded(String name) {
        return Deployments.war(name, GuardedApi.class, KeyAuthorizer.class, HeaderSecurityFilter.class)
                .addAsResource(new StringAsset(ISSUER.config()), "META-INF/microprofile-config.properties");
    }

    /** A valid token reaches the handler, which sees the identity and the claims. */
    @Assertion({"AUTH-2-1", "AUTH-1-5"})
    void validTokenReachesTheHandler() {
        HttpResponse<String> me = get("/guarded/me", "Authorization", "Bearer " + ISSUER.token("alice", "notes:read profile"));
        assertEquals(200, me.statusCode(), me.body());
        JsonObject identity = Problems.json(me);
        assertEquals("jwt", identity.getString("authorizer"));
        assertEquals("alice", identity.getString("principal"));
        assertEquals(List.of("notes:read", "profile"), identity.getJsonArray("scopes").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(TokenIssuer.ISSUER, identity.getString("issuer"));
    }

    /** Without a token the answer is 401 with a Bearer challenge naming the API. */
    @Assertion("AUTH-2-2")
    void missingTokenIsChallenged() {
        HttpResponse<String> refused = get("/guarded/me");
        Problems.assertProblem(refused, 401, "unauthorized");
        assertEquals("Bearer realm=\"guarded\"", refused.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    /** Every forged, stale or misdirected token is refused with error="invalid_token". */
    @Assertion("AUTH-2-3")
    void attacksAreRefused() {
        String alice = TokenIssuer.claims("alice", null, TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, 0, 3600);
        String valid = ISSUER.sign("k1", alice);
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                TokenIssuer.claims("mallory", null, TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, 0, 3600).getBytes()) + "." + parts[2];
        Map<String, String> attacks = Map.of(
                "alg none", TokenIssuer.unsigned(alice),
                "RS256 to HS256 confusion", ISSUER.hmacWithPublicKey(alice),
                "bad signature", TokenIssuer.signWithStrangerKey("k1", alice),
                "tampered payload", tampered,
                "expired", ISSUER.sign("k1", TokenIssuer.claims("alice", null, TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, -7200, -3600)),
                "not yet valid", ISSUER.sign("k1", TokenIssuer.claims("alice", null, TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, 3600, 7200)),
                "wrong issuer", ISSUER.sign("k1", TokenIssuer.claims("alice", null, "https://evil.test", TokenIssuer.AUDIENCE, 0, 3600)),
                "wrong audience", ISSUER.sign("k1", TokenIssuer.claims("alice", null, TokenIssuer.ISSUER, "other", 0, 3600)),
                "not a JWT", "not-a-token");
        for (Map.Entry<String, String> attack : attacks.entrySet()) {
            HttpResponse<String> refused = get("/guarded/me", "Authorization", "Bearer " + attack.getValue());
            Problems.assertProblem(refused, 401, "unauthorized");
            String challenge = refused.headers().firstValue("WWW-Authenticate").orElse("");
            assertTrue(challenge.startsWith("Bearer realm=\"guarded\"") && challenge.contains("error=\"invalid_token\""),
                    attack.getKey() + ": " + challenge);
        }
        assertEquals(200, get("/guarded/me", "Authorization", "Bearer " + valid).statusCode(), "the untouched token passes");
    }

    /** A token in another header, or under another scheme, is no bearer token. */
    @Assertion("AUTH-2-3")
    void tokenInTheWrongPlaceIsRefused() {
        String token = ISSUER.token("alice", null);
        Problems.assertProblem(get("/guarded/me", "X-Token", "Bearer " + token), 401, "unauthorized");
        Problems.assertProblem(get("/guarded/me", "Authorization", token), 401, "unauthorized");
        Problems.assertProblem(get("/guarded/me", "Authorization", "Basic " + token), 401, "unauthorized");
    }

    /** Keys are fetched again for an unknown kid (key rotation), and a kid the JWKS lacks is refused. */
    @Assertion("AUTH-2-3")
    void unknownKeyIdsRefetchTheKeys() {
        assertEquals(200, get("/guarded/me", "Authorization", "Bearer " + ISSUER.token("alice", null)).statusCode());
        ISSUER.publish("k2");
        String rotated = ISSUER.sign("k2", TokenIssuer.claims("carol", null, TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, 0, 3600));
        HttpResponse<String> me = get("/guarded/me", "Authorization", "Bearer " + rotated);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("carol", Problems.json(me).getString("principal"));
        String unknown = TokenIssuer.signWithStrangerKey("k9", TokenIssuer.claims("alice", null, TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, 0, 3600));
        Problems.assertProblem(get("/guarded/me", "Authorization", "Bearer " + unknown), 401, "unauthorized");
    }

    /** A route's scopes: one of them passes (scope or scp), none is a 403 with insufficient_scope. */
    @Assertion("AUTH-2-4")
    void scopesAreChecked() {
        HttpResponse<String> read = send("POST", "/guarded/notes", ISSUER.token("alice", "notes:read"));
        Problems.assertProblem(read, 403, "forbidden");
        String challenge = read.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.contains("error=\"insufficient_scope\"") && challenge.contains("scope=\"notes:write notes:admin\""), challenge);
        HttpResponse<String> admin = send("POST", "/guarded/notes", ISSUER.token("alice", "profile notes:admin"));
        assertEquals(200, admin.statusCode(), admin.body());
        assertEquals("written by alice", admin.body());
        String scp = ISSUER.sign("k1", TokenIssuer.claims("bob", null, TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, 0, 3600)
                .replaceFirst("\\}$", ",\"scp\":[\"notes:write\"]}"));
        assertEquals("written by bob", send("POST", "/guarded/notes", scp).body());
    }

    /** Beans can @Inject the request's JsonWebToken. */
    @Assertion("AUTH-2-5")
    void tokenIsInjectable() {
        HttpResponse<String> injected = get("/guarded/injected", "Authorization", "Bearer " + ISSUER.token("dave", null));
        assertEquals(200, injected.statusCode(), injected.body());
        assertEquals("dave " + TokenIssuer.ISSUER, injected.body());
    }

    /** An authorizer with a PEM key verifies the same tokens. */
    @Assertion("AUTH-2-1")
    void pemKeyVerifiesTokens() {
        HttpResponse<String> pem = get("/guarded/pem", "Authorization", "Bearer " + ISSUER.token("erin", null));
        assertEquals(200, pem.statusCode(), pem.body());
        assertEquals("pem erin", pem.body());
        Problems.assertProblem(get("/guarded/pem", "Authorization", "Bearer "
                + TokenIssuer.signWithStrangerKey("k1", TokenIssuer.claims("erin", null, TokenIssuer.ISSUER, TokenIssuer.AUDIENCE, 0, 3600))),
                401, "unauthorized");
    }

    /** Authorize.NONE opens a route of a guarded API. */
    @Assertion("AUTH-1-2")
    void noneOpensARoute() {
        assertEquals("ok", Http.at(base).ok("/guarded/health"));
    }

    private HttpResponse<String> get(String path, String... headers) {
        return Http.at(base).send("GET", path, null, headers);
    }

    private HttpResponse<String> send(String method, String path, String token) {
        return Http.at(base).send(method, path, "", "Authorization", "Bearer " + token);
    }
}
