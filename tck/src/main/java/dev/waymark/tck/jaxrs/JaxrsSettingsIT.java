package dev.waymark.tck.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

import dev.waymark.tck.AccessLogFile;
import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.jaxrs.app.AsyncResource;
import dev.waymark.tck.jaxrs.app.LimitedResource;
import dev.waymark.tck.jaxrs.app.OrdersApplication;
import dev.waymark.tck.jaxrs.app.OrdersResource;

/**
 * Waymark's response limits, rate limits, time limits and access log on the resources of a plain
 * JAX-RS application (JAXRS-2).
 */
@Area.Jaxrs
@Tag("jaxrs-applications")
class JaxrsSettingsIT {

    private static final AccessLogFile LOG = AccessLogFile.create();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LOG.writtenBy(Deployments.war("jaxrs-settings", OrdersApplication.class, OrdersResource.class, LimitedResource.class,
                AsyncResource.class), "");
    }

    /**
     * A strict response limit refuses a response known to be over it with a 500 problem; a lenient
     * one sends it whole.
     */
    @Assertion("JAXRS-2-2")
    void responseLimitsApplyToResources() {
        Http http = Http.at(base);
        Problems.assertProblem(http.get("/rest/limited/strict"), 500, "response-too-large");
        assertEquals(2000, http.ok("/rest/limited/lenient").length());
    }

    /** A rate limit counts a client's requests, sends its headers, and refuses one over it with 429. */
    @Assertion("JAXRS-2-3")
    void rateLimitsApplyToResources() {
        Http http = Http.at(base);
        HttpResponse<String> first = http.get("/rest/limited/rate");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(Optional.of("2"), first.headers().firstValue("RateLimit-Limit"));
        assertEquals(Optional.of("1"), first.headers().firstValue("RateLimit-Remaining"));
        assertEquals(200, http.get("/rest/limited/rate").statusCode());
        HttpResponse<String> refused = http.get("/rest/limited/rate");
        Problems.assertProblem(refused, 429, "rate-limited");
        assertTrue(refused.headers().firstValue("Retry-After").isPresent(), refused.headers().toString());
        assertEquals(Optional.of("0"), refused.headers().firstValue("RateLimit-Remaining"));
        assertEquals("orders", http.ok("/rest/orders"));
    }

    /**
     * A synchronous method over its time limit is interrupted and answered 504; one within it
     * answers.
     */
    @Assertion("JAXRS-2-4")
    void synchronousMethodsAreHeldToTheirTimeLimit() {
        Http http = Http.at(base);
        long start = System.nanoTime();
        Problems.assertProblem(http.get("/rest/limited/slow"), 504, "handler-timeout");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "the interrupted method must end well before it would have");
        assertEquals("quick", http.ok("/rest/limited/quick"));
    }

    /**
     * An {@code AsyncResponse} not resumed and a {@code CompletionStage} not completed within the
     * limit are answered 504; ones that answer in time are unchanged.
     */
    @Assertion("JAXRS-2-4")
    void asynchronousMethodsAreHeldToTheirTimeLimit() {
        Http http = Http.at(base);
        Problems.assertProblem(http.get("/rest/async/never"), 504, "handler-timeout");
        Problems.assertProblem(http.get("/rest/async/stage"), 504, "handler-timeout");
        assertEquals("soon", http.ok("/rest/async/soon"));
        assertEquals("done", http.ok("/rest/async/done"));
    }

    /**
     * Every resource method writes an access log line keyed by its method and path template, and
     * its response carries the request id; a method's format and its log turned off apply.
     */
    @Assertion("JAXRS-2-5")
    void resourceMethodsWriteAccessLogLines() {
        Http http = Http.at(base);
        HttpResponse<String> order = http.get("/rest/orders/42");
        assertEquals("order 42", order.body());
        String id = requestId(order);
        JsonObject line = AccessLogFile.json(LOG.await(id));
        assertEquals("GET /orders/{id}", line.getString("routeKey"));
        assertEquals(200, line.getInt("status"));
        assertEquals("GET", line.getString("httpMethod"));
        assertTrue(line.getString("path").endsWith("/rest/orders/42"), line.toString());
        assertEquals(order.body().length(), line.getInt("responseLength"));

        String csvId = requestId(http.get("/rest/limited/csv"));
        assertEquals(List.of("GET", "GET /limited/csv", "200", csvId), List.of(LOG.await(csvId).split(",", -1)));

        String quietId = requestId(http.get("/rest/limited/quiet"));
        LOG.await(requestId(http.get("/rest/orders")));
        assertEquals(Optional.empty(), LOG.find(quietId));
    }

    private static String requestId(HttpResponse<String> response) {
        return response.headers().firstValue("X-Request-Id").orElseThrow(() -> new AssertionError("no X-Request-Id: " + response.headers()));
    }
}
