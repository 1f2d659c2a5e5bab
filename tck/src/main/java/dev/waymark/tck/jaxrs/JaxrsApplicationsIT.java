package dev.waymark.tck.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Optional;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.jaxrs.app.MissingResourceMapper;
import dev.waymark.tck.jaxrs.app.OrdersApplication;
import dev.waymark.tck.jaxrs.app.OrdersResource;
import dev.waymark.tck.jaxrs.app.StampingFilter;
import dev.waymark.tck.route.bad.ProbeApi;

/** A JAX-RS application of the web application's own, beside a Waymark API (JAXRS-1). */
@Area.Jaxrs
@Tag("jaxrs-applications")
class JaxrsApplicationsIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("jaxrs-own", OrdersApplication.class, OrdersResource.class, MissingResourceMapper.class,
                StampingFilter.class, ProbeApi.class);
    }

    /**
     * The application's resources answer as they did, a request none of them takes gets the
     * application's own 404 (its exception mapper), and a wrong method its JAX-RS 405; the Waymark
     * API beside it is served.
     */
    @Assertion("JAXRS-1-1")
    void theApplicationsOwnAnswersAreUnchanged() {
        Http http = Http.at(base);
        assertEquals("orders", http.ok("/rest/orders"));
        HttpResponse<String> missing = http.get("/rest/no-such-resource");
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals(MissingResourceMapper.BODY, missing.body());
        HttpResponse<String> deeper = http.get("/rest/orders/42/lines");
        assertEquals(404, deeper.statusCode(), deeper.body());
        assertEquals(MissingResourceMapper.BODY, deeper.body());
        assertEquals(405, http.send("DELETE", "/rest/orders", null).statusCode());
        assertEquals("up", http.ok("/probe/up"));
    }

    /** The application's own filters still run, on its answers and on its mappers' answers, and not on Waymark's. */
    @Assertion("JAXRS-1-1")
    void theApplicationsOwnFiltersStillRun() {
        Http http = Http.at(base);
        assertEquals(Optional.of("seen"), http.get("/rest/orders").headers().firstValue(StampingFilter.HEADER));
        assertEquals(Optional.of("seen"), http.get("/rest/no-such-resource").headers().firstValue(StampingFilter.HEADER));
        assertEquals(Optional.empty(), http.get("/probe/up").headers().firstValue(StampingFilter.HEADER));
    }
}
