package dev.waymark.tck.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.jaxrs.app.MissingResourceMapper;
import dev.waymark.tck.jaxrs.app.PingResource;
import dev.waymark.tck.jaxrs.app.RootApplication;
import dev.waymark.tck.jaxrs.app.RootFilesApi;
import dev.waymark.tck.jaxrs.app.RootNotesApi;

/** A JAX-RS application of the web application's own at the root, beside Waymark APIs (JAXRS-1-2). */
@Area.Jaxrs
@Tag("jaxrs-applications")
class JaxrsRootApplicationIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("jaxrs-root", RootApplication.class, PingResource.class, MissingResourceMapper.class,
                RootNotesApi.class, RootFilesApi.class);
    }

    /** A request one of Waymark's routes takes is Waymark's, and so is a 405 for its path. */
    @Assertion("JAXRS-1-2")
    void waymarksRoutesComeFirst() {
        Http http = Http.at(base);
        assertEquals("note 7", http.ok("/notes/7"));
        assertEquals("waymark pong", http.ok("/ping/waymark"));
        assertEquals("file /files/a/b.txt", http.ok("/files/a/b.txt"));
        HttpResponse<String> wrongMethod = http.send("DELETE", "/notes/7", null);
        Problems.assertProblem(wrongMethod, 405, "method-not-allowed");
        assertEquals("GET, HEAD, OPTIONS", wrongMethod.headers().firstValue("Allow").orElse(""));
    }

    /**
     * Every other request is the application's: its resources answer, below a route's path too, and
     * a request none of them takes gets its own 404 (its exception mapper) or its JAX-RS 405.
     */
    @Assertion("JAXRS-1-2")
    void theApplicationAtTheRootServesTheRest() {
        Http http = Http.at(base);
        assertEquals("pong", http.ok("/ping"));
        assertEquals("history of 7", http.ok("/notes/7/history"));
        HttpResponse<String> missing = http.get("/no-such-resource");
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals(MissingResourceMapper.BODY, missing.body());
        assertEquals(405, http.send("DELETE", "/ping", null).statusCode());
    }
}
