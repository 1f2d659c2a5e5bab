package dev.waymark.tck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.runtime.app.EagerEdgeApi;
import dev.waymark.tck.runtime.app.ReadinessApi;

/** APIs with edge routes are ready at start-up (RUNTIME-1-4). */
@Area.Runtime
class RuntimeReadinessIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("runtime-readiness", EagerEdgeApi.class, ReadinessApi.class);
    }

    /** The edge API's bean exists before its first request. */
    @Assertion("RUNTIME-1-4")
    void edgeApiIsCreatedBeforeItsFirstRequest() {
        Http http = Http.at(base);
        assertEquals("true", http.ok("/readiness/edge-created"));
        assertEquals("pong", http.ok("/eager/ping"));
    }
}
