package dev.waymark.tck.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.jaxrs.app.OrdersApplication;
import dev.waymark.tck.jaxrs.app.OrdersResource;
import dev.waymark.tck.jaxrs.app.UploadsResource;

/** Waymark's annotations on the resources of a plain JAX-RS application (JAXRS-2). */
@Area.Jaxrs
@Tag("jaxrs-applications")
class JaxrsLimitsIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("jaxrs-limits", OrdersApplication.class, OrdersResource.class, UploadsResource.class);
    }

    /**
     * {@code @BodyLimit} on a resource class applies to its methods, one on a method overrides it; a
     * declared length over the limit is a 413 problem, and so is a body without a declared length
     * once it goes over, however the method reads it. A resource without the annotation is unchanged.
     */
    @Assertion("JAXRS-2-1")
    void bodyLimitsApplyToResources() {
        Http http = Http.at(base);
        assertEquals("500", post("/rest/uploads", 500));
        Problems.assertProblem(http.send("POST", "/rest/uploads", "x".repeat(2000), "Content-Type", "text/plain"), 413, "body-too-large");
        assertEquals("2000", post("/rest/uploads/large", 2000));
        Problems.assertProblem(http.send("POST", "/rest/uploads/large", "x".repeat(5000), "Content-Type", "text/plain"), 413,
                "body-too-large");
        byte[] chunked = "x".repeat(5000).getBytes(StandardCharsets.US_ASCII);
        Problems.assertProblem(http.send(http.request("/rest/uploads/stream").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(chunked))).build()), 413, "body-too-large");
        assertEquals("orders", http.ok("/rest/orders"));
    }

    private String post(String path, int size) {
        return Http.at(base).send("POST", path, "x".repeat(size), "Content-Type", "text/plain").body();
    }
}
