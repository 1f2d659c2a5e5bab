package dev.waymark.tck.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.body.app.BindingApi;

/** Bodies bound by content type (BODY-2). */
@Area.Body
class BodyBindingIT {

    private static final String DRAFT = "{\"title\":\"milk\"}";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("body-binding", BindingApi.class, BindingApi.Draft.class, BindingApi.Counted.class);
    }

    /** JSON and +json content types bind; so does a body without a content type. */
    @Assertion("BODY-2-1")
    void jsonContentTypesBind() {
        Http http = Http.at(base);
        assertEquals("milk", http.send("POST", "/binding/parameter", DRAFT, "Content-Type", "application/json; charset=UTF-8").body());
        assertEquals("milk", http.send("POST", "/binding/parameter", DRAFT, "Content-Type", "application/vnd.api+json").body());
        assertEquals("milk", http.send(http.request("/binding/parameter").POST(HttpRequest.BodyPublishers.ofString(DRAFT)).build()).body());
        assertEquals("milk", Problems.json(http.send("POST", "/binding/request", DRAFT, "Content-Type", "application/json")).getString("title"));
    }

    /** Another content type for a JSON-bound body answers a 415 problem. */
    @Assertion("BODY-2-2")
    void otherContentTypesAnswer415() {
        Http http = Http.at(base);
        Problems.assertProblem(http.send("POST", "/binding/parameter", DRAFT, "Content-Type", "text/plain"), 415, "unsupported-media-type");
        Problems.assertProblem(http.send("POST", "/binding/request", DRAFT, "Content-Type", "application/xml"), 415, "unsupported-media-type");
        Problems.assertProblem(http.send("POST", "/binding/parameter", "title=milk", "Content-Type", "application/x-www-form-urlencoded"),
                415, "unsupported-media-type");
    }

    /** Malformed JSON, and a value of the wrong type, answer a 400 problem that says where. */
    @Assertion("BODY-2-1")
    void badJsonSaysWhere() {
        Http http = Http.at(base);
        String mismatch = Problems.assertProblem(http.send("POST", "/binding/counted", "{\"quantity\":\"many\"}",
                "Content-Type", "application/json"), 400, "invalid-body").getString("detail");
        assertTrue(mismatch.contains("quantity"), mismatch);
        String malformed = Problems.assertProblem(http.send("POST", "/binding/counted", "{\"quantity\": }",
                "Content-Type", "application/json"), 400, "invalid-body").getString("detail");
        assertTrue(malformed.contains("column") || malformed.contains("11"), malformed);
    }
}
