package dev.waymark.tck.body;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.body.app.StrictJsonApi;

/** JSON bodies bounded in cost and bound strictly, with details in the API's terms (BODY-4), at the default limits. */
@Area.Body
class StrictJsonIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("strict-json", StrictJsonApi.class, StrictJsonApi.Line.class, StrictJsonApi.Order.class);
    }

    private HttpResponse<String> post(String path, String json) {
        return Http.at(base).send("POST", path, json, "Content-Type", "application/json");
    }

    /** Posts a body that must be refused, and returns the problem's detail, checked for BODY-4-4. */
    private String refused(String path, String json) {
        String detail = Problems.assertProblem(post(path, json), 400, "invalid-body").getString("detail");
        for (String internal : List.of("java.", "Exception", "class ", "jakarta.", "Internal error", "Invalid token")) {
            assertFalse(detail.contains(internal), () -> "'" + internal + "' in the detail: " + detail);
        }
        return detail;
    }

    private static void assertContains(String detail, String... parts) {
        for (String part : parts) {
            assertTrue(detail.contains(part), () -> "'" + part + "' not in the detail: " + detail);
        }
    }

    /** A body nested deeper than 128 levels is refused, whatever it binds to; 128 levels are read. */
    @Assertion("BODY-4-1")
    void nestingDeeperThan128LevelsIsRefused() {
        assertEquals("1 values", post("/strict/json-array", "[".repeat(128) + "]".repeat(128)).body());
        for (String path : List.of("/strict/json-array", "/strict/json-value", "/strict/map")) {
            assertContains(refused(path, "[".repeat(1001) + "]".repeat(1001)), "128 levels");
        }
        assertContains(refused("/strict/map", "{\"a\":".repeat(999) + "1" + "}".repeat(999)), "128 levels", "/a/a/a");
    }

    /** A number of more than 1,000 characters is refused, where it is; one of 1,000 is read. */
    @Assertion("BODY-4-1")
    void aNumberLongerThan1000CharactersIsRefused() {
        assertEquals("1 keys", post("/strict/map", "{\"n\":" + "9".repeat(1000) + "}").body());
        assertContains(refused("/strict/orders", "{\"lines\":[],\"total\":" + "9".repeat(500_000) + "}"), "1000 characters", "/total");
        assertContains(refused("/strict/map", "{\"n\":" + "9".repeat(1001) + "}"), "1000 characters", "/n");
    }

    /** A property name twice in one object is refused, into a record, a map or a JSON-P value. */
    @Assertion("BODY-4-5")
    void aPropertyNameTwiceInOneObjectIsRefused() {
        assertContains(refused("/strict/orders", "{\"lines\":[],\"total\":1,\"total\":2}"), "/total", "appears twice");
        assertContains(refused("/strict/map", "{\"a\":1,\"\\u0061\":2}"), "appears twice");
        assertContains(refused("/strict/json-value", "[{\"x\":1,\"x\":2}]"), "/0/x", "appears twice");
        assertEquals("2 keys", post("/strict/map", "{\"a\":{\"a\":1},\"b\":{\"a\":2}}").body());
    }

    /** An integer too large for an int is refused, naming the field as a JSON pointer and the range. */
    @Assertion("BODY-4-2")
    void anIntegerTooLargeForAnIntIsRefused() {
        assertEquals("1 lines, 5", post("/strict/orders", "{\"lines\":[{\"sku\":\"a\",\"qty\":2147483647}],\"total\":5}").body());
        assertContains(refused("/strict/orders", "{\"lines\":[{\"sku\":\"a\",\"qty\":4294967297}],\"total\":5}"),
                "/lines/0/qty", "an integer between -2147483648 and 2147483647");
        assertContains(refused("/strict/list", "[1,2,4294967297]"), "/2", "an integer between -2147483648 and 2147483647");
    }

    /** An integer too large for a long is refused, with the long's range. */
    @Assertion("BODY-4-2")
    void anIntegerTooLargeForALongIsRefused() {
        assertContains(refused("/strict/orders", "{\"lines\":[],\"total\":1e19}"), "/total",
                "an integer between -9223372036854775808 and 9223372036854775807");
        assertContains(refused("/strict/orders", "{\"lines\":[],\"total\":9223372036854775808}"), "/total");
    }

    /** A fraction, or an exponent out of any range, is refused for an integer field. */
    @Assertion("BODY-4-2")
    void aFractionOrAnExponentOutOfRangeIntoAnIntIsRefused() {
        assertContains(refused("/strict/orders", "{\"lines\":[{\"sku\":\"a\",\"qty\":1.5}],\"total\":5}"), "/lines/0/qty", "an integer");
        assertContains(refused("/strict/orders", "{\"lines\":[{\"sku\":\"a\",\"qty\":1e999999999}],\"total\":5}"), "/lines/0/qty");
        assertEquals("1 lines, 100", post("/strict/orders", "{\"lines\":[{\"sku\":\"a\",\"qty\":1.0}],\"total\":1e2}").body());
    }

    /** An array, or any other value that is not an object, is refused for a map. */
    @Assertion("BODY-4-3")
    void anArrayIntoAMapIsRefused() {
        assertContains(refused("/strict/map", "[1,2]"), "expected an object", "got an array");
        assertContains(refused("/strict/map", "5"), "expected an object");
        assertContains(refused("/strict/orders", "[]"), "expected an object");
    }

    /** An object is refused for a list, at the top level and inside a record. */
    @Assertion("BODY-4-3")
    void anObjectIntoAListIsRefused() {
        assertContains(refused("/strict/list", "{\"a\":1}"), "expected an array", "got an object");
        assertContains(refused("/strict/orders", "{\"lines\":{\"sku\":\"a\"},\"total\":5}"), "/lines", "expected an array");
    }

    /** No detail names a Java type, a class, an exception or a parser's message, and each says where. */
    @Assertion("BODY-4-4")
    void detailsSpeakJsonNotJava() {
        assertContains(refused("/strict/orders", "{\"lines\": }"), "line 1, column 11");
        assertContains(refused("/strict/map", "{\"a\":"), "line 1, column 6");
        assertContains(refused("/strict/map", "{\"a\":1} trailing"), "line 1, column 9");
        assertContains(refused("/strict/orders", "{\"lines\":[{\"sku\":\"a\",\"qty\":null}],\"total\":5}"), "/lines/0/qty", "got null");
        assertContains(refused("/strict/orders", "{\"lines\":[{\"sku\":{},\"qty\":1}],\"total\":5}"), "/lines/0/sku", "a string");
        assertContains(refused("/strict/json-array", "{}"), "expected an array");
        refused("/strict/map", "null");
        refused("/strict/list", "[\"x\"]");
    }
}
