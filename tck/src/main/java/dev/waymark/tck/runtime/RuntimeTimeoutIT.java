package dev.waymark.tck.runtime;

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
import dev.waymark.tck.runtime.app.TimeoutsApi;

/** Time limits (RUNTIME-4): a 504 problem, and the handler interrupted or its result discarded. */
@Area.Runtime
class RuntimeTimeoutIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("runtime-timeouts", TimeoutsApi.class);
    }

    /** A blocking handler over its API's limit is interrupted and answered 504. */
    @Assertion("RUNTIME-4-1")
    void blockingHandlerIsInterrupted() {
        Http http = Http.at(base);
        long start = System.nanoTime();
        Problems.assertProblem(http.get("/timeouts/sleeps"), 504, "handler-timeout");
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "the 504 must not wait for the handler's 20 s sleep");
        assertEquals("true", http.ok("/timeouts/interrupted"));
    }

    /** A completion stage or a publisher that never answers is cut off with 504. */
    @Assertion("RUNTIME-4-1")
    void pendingAnswersAreCutOff() {
        Http http = Http.at(base);
        Problems.assertProblem(http.get("/timeouts/never"), 504, "handler-timeout");
        Problems.assertProblem(http.get("/timeouts/silent-stream"), 504, "handler-timeout");
    }

    /** A route's limit overrides its API's; a table's defaults apply to its routes. */
    @Assertion({"RUNTIME-4-2", "RUNTIME-5-1"})
    void limitsAreInheritedAndOverridden() {
        Http http = Http.at(base);
        assertEquals("patient", http.ok("/timeouts/patient"));
        Problems.assertProblem(http.get("/slow-table/never"), 504, "handler-timeout");
        assertEquals("own", http.ok("/slow-table/own"));
    }
}
