package dev.waymark.tck.cors;

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
import dev.waymark.tck.cors.jaxrs.PlainResource;
import dev.waymark.tck.cors.jaxrs.PlainRestApplication;

/**
 * @Cors on the resources of a plain JAX-RS application (CORS-4-1). Tagged {@code jaxrs-applications}:
 * a runtime that hosts no JAX-RS applications besides Waymark's (the embedded runtime) excludes it.
 */
@Tag("jaxrs-applications")
@Area.Cors
class JaxrsCorsIT {

    private static final String APP = "https://app.example.test";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("cors-jaxrs", PlainRestApplication.class, PlainResource.class);
    }

    /** A resource's policy puts its headers on the answers to allowed origins, and only to them. */
    @Assertion("CORS-4-1")
    void resourcePoliciesDecorateAnswers() {
        HttpResponse<String> allowed = get("/rest/items", APP);
        assertEquals("items", allowed.body());
        assertEquals(APP, header(allowed, "Access-Control-Allow-Origin"));
        assertEquals("true", header(allowed, "Access-Control-Allow-Credentials"));
        HttpResponse<String> other = get("/rest/items", "https://evil.test");
        assertEquals("items", other.body());
        assertEquals("", header(other, "Access-Control-Allow-Origin"));
        assertEquals("*", header(get("/rest/items/open", "https://anywhere.test"), "Access-Control-Allow-Origin"));
    }

    /** Preflights are answered from the resource's policy, before the resource's own OPTIONS method. */
    @Assertion("CORS-4-1")
    void preflightsAreAnsweredFromThePolicy() {
        Http http = Http.at(base);
        HttpResponse<String> preflight = http.send("OPTIONS", "/rest/items/42", null, "Origin", APP, "Access-Control-Request-Method", "PUT");
        assertEquals(204, preflight.statusCode(), preflight.body());
        assertEquals(APP, header(preflight, "Access-Control-Allow-Origin"));
        Problems.assertProblem(http.send("OPTIONS", "/rest/items/42", null, "Origin", "https://evil.test",
                "Access-Control-Request-Method", "PUT"), 403, "cors-refused");
        assertEquals("0", http.ok("/rest/items/options-calls"));
        assertEquals("options", http.send("OPTIONS", "/rest/items/42", null).body());
    }

    private HttpResponse<String> get(String path, String origin) {
        return Http.at(base).send("GET", path, null, "Origin", origin);
    }

    private static String header(HttpResponse<?> response, String name) {
        return String.join(", ", response.headers().allValues(name));
    }
}
