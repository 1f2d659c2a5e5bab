package dev.waymark.tck.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.auth.app.KeyAuthorizer;
import dev.waymark.tck.limit.app.ThrottledApi;
import dev.waymark.tck.limit.app.ThrottledTableProducer;

/** Rate limits: 429 with Retry-After, RateLimit headers, buckets per route and client (LIMIT-1, LIMIT-2). */
@Area.Limit
class RateLimitIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("limit", ThrottledApi.class, KeyAuthorizer.class, ThrottledTableProducer.class);
    }

    /** The burst passes with falling RateLimit-Remaining, then 429 with Retry-After. */
    @Assertion({"LIMIT-1-2", "LIMIT-1-3"})
    void overTheLimitIsA429() {
        HttpResponse<String> first = get("/throttled/ip");
        assertEquals(200, first.statusCode());
        assertEquals("2", header(first, "RateLimit-Limit"));
        assertEquals("1", header(first, "RateLimit-Remaining"));
        assertTrue(Long.parseLong(header(first, "RateLimit-Reset")) > 0, first.headers().toString());
        assertEquals("0", header(get("/throttled/ip"), "RateLimit-Remaining"));
        HttpResponse<String> refused = get("/throttled/ip");
        Problems.assertProblem(refused, 429, "rate-limited");
        long retryAfter = Long.parseLong(header(refused, "Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals("0", header(refused, "RateLimit-Remaining"));
    }

    /** Each route has its own buckets, and a route can lift its API's limit. */
    @Assertion("LIMIT-1-1")
    void routesHaveTheirOwnBuckets() {
        for (int i = 0; i < 2; i++) {
            assertEquals(200, get("/throttled/other").statusCode());
        }
        Problems.assertProblem(get("/throttled/other"), 429, "rate-limited");
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> free = get("/throttled/free");
            assertEquals(200, free.statusCode());
            assertEquals("", header(free, "RateLimit-Limit"));
        }
    }

    /** A limit keyed by header gives each value its own bucket. */
    @Assertion("LIMIT-1-1")
    void headerKeysHaveTheirOwnBuckets() {
        assertEquals(200, get("/throttled/header", "X-Client", "a").statusCode());
        Problems.assertProblem(get("/throttled/header", "X-Client", "a"), 429, "rate-limited");
        assertEquals(200, get("/throttled/header", "X-Client", "b").statusCode());
    }

    /** A limit keyed by principal counts after the authorizer, one bucket per caller. */
    @Assertion({"LIMIT-1-1", "LIMIT-1-2"})
    void principalKeysFollowTheAuthorizer() {
        Problems.assertProblem(get("/throttled/principal"), 401, "unauthorized");
        assertEquals("alice", get("/throttled/principal", "X-Api-Key", "key-alice").body());
        Problems.assertProblem(get("/throttled/principal", "X-Api-Key", "key-alice"), 429, "rate-limited");
        assertEquals("bob", get("/throttled/principal", "X-Api-Key", "key-bob").body());
    }

    /** Without trusted proxies, X-Forwarded-For and Forwarded do not change the client. */
    @Assertion("LIMIT-2-1")
    void forwardedHeadersOfUntrustedPeersAreIgnored() {
        assertEquals(200, get("/throttled/forwarded", "X-Forwarded-For", "203.0.113.1").statusCode());
        Problems.assertProblem(get("/throttled/forwarded", "X-Forwarded-For", "203.0.113.2"), 429, "rate-limited");
        Problems.assertProblem(get("/throttled/forwarded", "Forwarded", "for=203.0.113.3"), 429, "rate-limited");
    }

    /** A route table's defaults carry a limit. */
    @Assertion("LIMIT-1-1")
    void tableDefaultsCarryALimit() {
        assertEquals("once", Http.at(base).ok("/throttled-table/once"));
        Problems.assertProblem(get("/throttled-table/once"), 429, "rate-limited");
    }

    private HttpResponse<String> get(String path, String... headers) {
        return Http.at(base).send("GET", path, null, headers);
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
