package dev.waymark.tck.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.jaxrs.app.FailingResource;
import dev.waymark.tck.jaxrs.app.OrdersApplication;
import dev.waymark.tck.jaxrs.app.OrdersResource;

/** Problem details for the errors of a plain JAX-RS application, turned on by configuration (JAXRS-3-1). */
@Area.Jaxrs
@Tag("jaxrs-applications")
class JaxrsProblemsIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("jaxrs-problems", OrdersApplication.class, OrdersResource.class, FailingResource.class)
                .addAsResource(new StringAsset("waymark.jaxrs.problem-details=true\n"), "META-INF/microprofile-config.properties");
    }

    /** A status the resource or JAX-RS raises is a problem of that status, without the exception's text. */
    @Assertion("JAXRS-3-1")
    void statusesAreProblems() {
        Http http = Http.at(base);
        HttpResponse<String> missing = http.get("/rest/failing/missing");
        Problems.assertProblem(missing, 404, "about:blank");
        assertFalse(missing.body().contains("ORDERS_V2"), missing.body());
        Problems.assertProblem(http.get("/rest/no-such-resource"), 404, "about:blank");
        HttpResponse<String> wrongMethod = http.send("DELETE", "/rest/orders", null);
        Problems.assertProblem(wrongMethod, 405, "about:blank");
        assertTrue(wrongMethod.headers().firstValue("Allow").orElse("").contains("GET"), wrongMethod.headers().toString());
        assertEquals("orders", http.ok("/rest/orders"));
    }

    /** An exception no mapper of the application takes is a 500 problem that shows nothing of it. */
    @Assertion("JAXRS-3-1")
    void unhandledExceptionsAreProblems() {
        HttpResponse<String> failed = Http.at(base).get("/rest/failing/boom");
        Problems.assertProblem(failed, 500, "handler-failed");
        assertFalse(failed.body().contains("secret"), failed.body());
        assertFalse(failed.body().contains("IllegalStateException"), failed.body());
    }

    /** A request that breaks a parameter's constraint is a 400 validation-failed problem naming it. */
    @Assertion("JAXRS-3-1")
    void violationsAreProblems() {
        Http http = Http.at(base);
        JsonObject problem = Problems.assertProblem(http.get("/rest/failing/checked?count=0"), 400, "validation-failed");
        JsonObject violation = problem.getJsonArray("violations").getJsonObject(0);
        assertTrue(violation.getString("field").endsWith("count") || violation.getString("field").endsWith("arg0"), violation.toString());
        assertEquals("count 3", http.ok("/rest/failing/checked?count=3"));
    }
}
