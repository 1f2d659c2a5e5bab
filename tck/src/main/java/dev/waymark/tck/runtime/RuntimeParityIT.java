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
import dev.waymark.tck.runtime.app.ParityApi;

/** What a route's runtime changes, and what it must not (RUNTIME-1). */
@Area.Runtime
class RuntimeParityIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("runtime-parity", ParityApi.class);
    }

    /**
     * The same handler as a STANDARD and as an EDGE route answers the same status, headers and
     * body, whichever way the implementation serves each.
     */
    @Assertion("RUNTIME-1-3")
    void bothRuntimesAnswerAlike() {
        HttpResponse<String> standard = Http.at(base).get("/parity/standard/items/7");
        HttpResponse<String> edge = Http.at(base).get("/parity/edge/items/7");
        assertEquals(201, standard.statusCode(), standard::body);
        assertEquals(standard.statusCode(), edge.statusCode(), edge::body);
        for (String header : new String[] {"Content-Type", "X-Item", "Cache-Control"}) {
            assertEquals(standard.headers().firstValue(header), edge.headers().firstValue(header), header);
        }
        assertEquals("7", edge.headers().firstValue("X-Item").orElse(""));
        assertEquals(Problems.json(standard), Problems.json(edge));
    }

    /** A STANDARD handler runs in the CDI request scope. */
    @Assertion("RUNTIME-1-1")
    void standardHandlersRunInTheRequestScope() {
        HttpResponse<String> response = Http.at(base).get("/parity/standard/scope");
        assertEquals(200, response.statusCode(), response::body);
        assertTrue(Problems.json(response).getBoolean("requestScope"), response.body());
    }
}
