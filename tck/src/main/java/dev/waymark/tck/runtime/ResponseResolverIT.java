package dev.waymark.tck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import dev.waymark.tck.runtime.app.ResolversApi;

/** Responses sent after the handler returns (RESP-3). */
@Area.Runtime
class ResponseResolverIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("response-resolvers", ResolversApi.class);
    }

    /** An external resolver's response, sent later from another thread, is the answer. */
    @Assertion("RESP-3-2")
    void externalResolverAnswersLater() {
        HttpResponse<String> response = Http.at(base).get("/resolvers/external");
        assertEquals(202, response.statusCode());
        assertEquals("callback", Problems.json(response).getString("sentBy"));
    }

    /** An external resolver that never sends is answered by the route's time limit. */
    @Assertion("RESP-3-2")
    void unsentExternalResponseTimesOut() {
        Problems.assertProblem(Http.at(base).get("/resolvers/never-sent"), 504, "handler-timeout");
    }

    /** Without the mark, returning without sending answers 204 at once. */
    @Assertion("RESP-3-1")
    void unmarkedHandlerAnswers204() {
        assertEquals(204, Http.at(base).get("/resolvers/forgot").statusCode());
    }
}
