package dev.waymark.tck.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.body.app.StrictJsonApi;

/** The JSON limits configured (BODY-4-1): waymark.json.max-depth=4, waymark.json.max-number-length=8. */
@Area.Body
class JsonLimitsConfigIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("json-limits-config", StrictJsonApi.class, StrictJsonApi.Line.class, StrictJsonApi.Order.class)
                .addAsResource(new StringAsset("waymark.json.max-depth=4\nwaymark.json.max-number-length=8\n"),
                        "META-INF/microprofile-config.properties");
    }

    private HttpResponse<String> post(String path, String json) {
        return Http.at(base).send("POST", path, json, "Content-Type", "application/json");
    }

    /** Waymark.json.max-depth sets how deep a body may nest. */
    @Assertion("BODY-4-1")
    void theDepthIsConfigured() {
        assertEquals("1 values", post("/strict/json-array", "[[[[]]]]").body());
        String detail = Problems.assertProblem(post("/strict/json-array", "[[[[[]]]]]"), 400, "invalid-body").getString("detail");
        assertTrue(detail.contains("4 levels"), detail);
    }

    /** Waymark.json.max-number-length sets how long a number may be. */
    @Assertion("BODY-4-1")
    void theNumberLengthIsConfigured() {
        assertEquals("2 numbers", post("/strict/list", "[12345678,-1234567]").body());
        String detail = Problems.assertProblem(post("/strict/list", "[123456789]"), 400, "invalid-body").getString("detail");
        assertTrue(detail.contains("8 characters") && detail.contains("/0"), detail);
    }
}
