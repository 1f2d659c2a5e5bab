package dev.waymark.tck.resp;

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
import dev.waymark.tck.resp.app.ReportsApi;

/** Response limits (RESP-1). */
@Area.Resp
class ResponseLimitIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("response-limits", ReportsApi.class);
    }

    /** A response over the limit is still sent (and reported in the log). */
    @Assertion("RESP-1-1")
    void responseOverTheLimitIsSent() {
        assertEquals(2048, Http.at(base).ok("/reports/reported").length());
    }

    /** With a strict limit, it is refused with a 500 problem; one at the limit is sent. */
    @Assertion("RESP-1-2")
    void strictLimitRefusesOversizeResponses() {
        Problems.assertProblem(Http.at(base).get("/reports/strict"), 500, "response-too-large");
        assertEquals(1024, Http.at(base).ok("/reports/strict-small").length());
        Problems.assertProblem(Http.at(base).get("/reports-table/strict"), 500, "response-too-large");
    }
}
