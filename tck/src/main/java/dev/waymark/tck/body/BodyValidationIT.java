package dev.waymark.tck.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.body.app.ValidationApi;

/** Bean Validation of bodies and parameters (BODY-3). */
@Area.Body
class BodyValidationIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("body-validation", ValidationApi.class, ValidationApi.Order.class, ValidationApi.Line.class);
    }

    /** A valid body reaches the handler. */
    @Assertion("BODY-3-1")
    void validBodyReachesHandler() {
        assertEquals("ada:1", Http.at(base).send("POST", "/valid/orders",
                "{\"customer\":\"ada\",\"lines\":[{\"sku\":\"tea\",\"quantity\":2}]}", "Content-Type", "application/json").body());
    }

    /** Every violation of a @Valid body is listed with its field path. */
    @Assertion("BODY-3-1")
    void violationsAreListedWithFieldPaths() {
        JsonObject problem = Problems.assertProblem(Http.at(base).send("POST", "/valid/orders",
                "{\"customer\":\" \",\"lines\":[{\"sku\":\"tea\",\"quantity\":1},{\"sku\":\"\",\"quantity\":0}]}",
                "Content-Type", "application/json"), 400, "validation-failed");
        JsonArray violations = problem.getJsonArray("violations");
        assertEquals(3, violations.size(), violations.toString());
        assertViolation(violations.getJsonObject(0), "body", "customer");
        assertViolation(violations.getJsonObject(1), "body", "lines[1].quantity");
        assertViolation(violations.getJsonObject(2), "body", "lines[1].sku");
    }

    /** Constraints on parameters are checked too, and name the parameter. */
    @Assertion("BODY-3-1")
    void parameterConstraintsNameTheParameter() {
        Http http = Http.at(base);
        assertEquals("10", http.ok("/valid/search?limit=10"));
        JsonObject problem = Problems.assertProblem(http.get("/valid/search?limit=1000"), 400, "validation-failed");
        assertViolation(problem.getJsonArray("violations").getJsonObject(0), "query", "limit");
    }

    private static void assertViolation(JsonObject violation, String in, String field) {
        assertEquals(in, violation.getString("in"), violation.toString());
        assertEquals(field, violation.getString("field"), violation.toString());
        if (violation.getString("message").isBlank()) {
            throw new AssertionError("The violation has no message: " + violation);
        }
    }
}
