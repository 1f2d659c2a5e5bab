package dev.waymark.tck.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.route.app.MethodsApi;

/** Methods without a $default: 405, 404, HEAD and OPTIONS (ROUTE-4). */
@Area.Route
class RouteMethodsIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("route-methods", MethodsApi.class);
    }

    private static Set<String> allow(java.net.http.HttpResponse<String> response) {
        Set<String> methods = new TreeSet<>();
        for (String value : response.headers().allValues("Allow")) {
            Arrays.stream(value.split(",")).map(String::strip).filter(m -> !m.isEmpty()).forEach(methods::add);
        }
        return methods;
    }

    /** A path that matches for other methods answers 405 with Allow. */
    @Assertion("ROUTE-4-2")
    void methodMismatchAnswers405WithAllow() {
        assertEquals(200, Http.at(base).get("/m/items/1").statusCode());
        var response = Http.at(base).send("POST", "/m/items/1", "{}", "Content-Type", "application/json");
        Problems.assertProblem(response, 405, "method-not-allowed");
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "PUT"), allow(response));
        var special = Http.at(base).send("POST", "/m/items/special", null);
        Problems.assertProblem(special, 405, "method-not-allowed");
        assertEquals(Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PUT"), allow(special));
    }

    /** No match answers a 404 problem. */
    @Assertion("ROUTE-4-3")
    void noMatchAnswers404Problem() {
        assertEquals(200, Http.at(base).get("/m/custom").statusCode());
        var problem = Problems.assertProblem(Http.at(base).get("/m/nothing"), 404, "route-not-found");
        assertTrue(problem.getString("detail").contains("/m/nothing"), problem.toString());
        Problems.assertProblem(Http.at(base).get("/"), 404, "route-not-found");
    }

    /** HEAD answers like GET, without a body. */
    @Assertion("ROUTE-4-5")
    void headAnswersLikeGetWithoutBody() {
        var get = Http.at(base).get("/m/items/42");
        var head = Http.at(base).send("HEAD", "/m/items/42", null);
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"));
        assertEquals("{\"id\":\"42\"}", get.body());
    }

    /** OPTIONS is answered automatically, unless declared. */
    @Assertion("ROUTE-4-4")
    void optionsIsAutomaticUnlessDeclared() {
        var automatic = Http.at(base).send("OPTIONS", "/m/items/1", null);
        assertEquals(204, automatic.statusCode());
        assertEquals(Set.of("GET", "HEAD", "OPTIONS", "PUT"), allow(automatic));
        var declared = Http.at(base).send("OPTIONS", "/m/custom", null);
        assertEquals(200, declared.statusCode());
        assertEquals("custom options", declared.body());
        assertEquals("declared", declared.headers().firstValue("X-Options").orElse(""));
        Problems.assertProblem(Http.at(base).send("OPTIONS", "/m/nothing", null), 404, "route-not-found");
    }
}
