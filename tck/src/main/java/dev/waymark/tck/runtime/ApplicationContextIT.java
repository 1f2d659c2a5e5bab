package dev.waymark.tck.runtime;

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
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.runtime.app.ContextApi;
import dev.waymark.tck.runtime.app.ContextReport;

/**
 * Answers given later are finished in the application's context, whatever context the thread that
 * completes them carries (RESP-3-3).
 */
@Area.Runtime
class ApplicationContextIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("application-context", ContextApi.class, ContextReport.class);
    }

    /**
     * A stage completed by a thread of another, closed class loader is written and resumed with
     * the application's context: JSON-B reads the answer's properties on a thread whose context
     * class loader is the application's, request after request.
     */
    @Assertion("RESP-3-3")
    void stageCompletedElsewhereIsWrittenInTheApplicationsContext() {
        for (int request = 0; request < 3; request++) {
            HttpResponse<String> response = Http.at(base).get("/context/stage");
            assertEquals(200, response.statusCode(), response::body);
            JsonObject report = Problems.json(response);
            assertEquals("stage", report.getString("route"));
            assertTrue(report.getBoolean("applicationContext"), () -> "written outside the application's context: " + response.body());
        }
    }

    /**
     * The time limit of a stage whose completion another application's thread scheduled answers
     * its 504 problem in the application's context.
     */
    @Assertion("RESP-3-3")
    void timeLimitAnswersInTheApplicationsContext() {
        Problems.assertProblem(Http.at(base).get("/context/timeout"), 504, "handler-timeout");
    }
}
