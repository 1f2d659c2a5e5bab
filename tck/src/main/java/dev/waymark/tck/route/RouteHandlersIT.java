package dev.waymark.tck.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.route.app.HandlersApi;
import dev.waymark.tck.route.app.Note;
import dev.waymark.tck.route.app.TableProducer;

/** Handler parameters, bodies, return values, response helpers, errors and route tables (ROUTE-7, ROUTE-8). */
@Area.Route
class RouteHandlersIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("route-handlers", HandlersApi.class, Note.class, TableProducer.class);
    }

    private Http http() {
        return Http.at(base);
    }

    /** Path, query, header and cookie parameters, with defaults and lists. */
    @Assertion("ROUTE-7-1")
    void bindsPathQueryHeaderAndCookieParameters() {
        var response = http().send(http().request("/h/params/7?q=a+b%21&tag=x&tag=y")
                .header("X-Trace", "t-1").header("Cookie", "session=s1").GET().build());
        assertEquals(200, response.statusCode(), response.body());
        JsonObject values = Problems.json(response);
        assertEquals(7, values.getInt("id"));
        assertEquals("a b!", values.getString("q"));
        assertEquals(5, values.getInt("n"));
        assertEquals(List.of("x", "y"), values.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("t-1", values.getString("trace"));
        assertEquals("s1", values.getString("session"));
    }

    /** A catch-all parameter is a list of segments, or those segments joined by '/'. */
    @Assertion("ROUTE-7-1")
    void bindsCatchAllAsListOrString() {
        JsonObject values = Problems.json(http().get("/h/files/a/b%2Fc/d"));
        assertEquals(List.of("a", "b/c", "d"), values.getJsonArray("segments").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("a/b/c/d", values.getString("joined"));
    }

    /** A parameter that does not convert answers a 400 problem naming it. */
    @Assertion("ROUTE-7-1")
    void unconvertibleParameterAnswers400() {
        assertEquals("42", http().get("/h/number/21").body());
        JsonObject problem = Problems.assertProblem(http().get("/h/number/abc"), 400, "invalid-parameter");
        assertTrue(problem.getString("detail").contains("'n'"), problem.toString());
    }

    /** The unannotated parameter is the body, bound by its type. */
    @Assertion("ROUTE-7-2")
    void bindsTheBodyByType() {
        assertEquals("héllo", http().send("POST", "/h/echo/string", "héllo", "Content-Type", "text/plain; charset=UTF-8").body());
        assertEquals("5", http().send("POST", "/h/echo/bytes", "abcde").body());
        var map = http().send("POST", "/h/echo/map", "{\"a\":1,\"b\":[true]}", "Content-Type", "application/json");
        assertEquals(200, map.statusCode(), map.body());
        assertEquals(1, Problems.json(map).getInt("a"));
        var note = http().send("POST", "/h/echo/note", "{\"title\":\"milk\",\"stars\":2}", "Content-Type", "application/json");
        assertEquals(200, note.statusCode(), note.body());
        assertEquals("MILK", Problems.json(note).getString("title"));
        assertEquals(3, Problems.json(note).getInt("stars"));
        assertEquals("application/json", note.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    /** Malformed JSON and an empty body for a bound type answer a 400 problem. */
    @Assertion("ROUTE-7-2")
    void malformedBodyAnswers400() {
        Problems.assertProblem(http().send("POST", "/h/echo/note", "{\"title\":", "Content-Type", "application/json"), 400, "invalid-body");
        Problems.assertProblem(http().send("POST", "/h/echo/note", null, "Content-Type", "application/json"), 400, "invalid-body");
        assertEquals(200, http().send("POST", "/h/echo/note", "{\"title\":\"ok\",\"stars\":0}", "Content-Type", "application/json").statusCode());
    }

    /** Object as JSON, String as text, void as 204, CompletionStage, Response. */
    @Assertion("ROUTE-7-3")
    void returnValuesBecomeResponses() {
        var text = http().get("/h/number/1");
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"), text.headers().toString());
        assertEquals(204, http().get("/h/void").statusCode());
        var async = http().get("/h/async");
        assertEquals(200, async.statusCode(), async.body());
        assertEquals("later", Problems.json(async).getString("title"));
        assertEquals("async body", http().send("POST", "/h/async", "body").body());
        var response = http().get("/h/response");
        assertEquals(202, response.statusCode());
        assertEquals("accepted", response.body());
    }

    /** Status, headers, cookies, json and send. */
    @Assertion("ROUTE-7-4")
    void responseHelpersSetStatusHeadersAndCookies() {
        var created = http().get("/h/helpers/created");
        assertEquals(201, created.statusCode());
        assertEquals("1", created.headers().firstValue("X-Custom").orElse(""));
        String cookie = created.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("session=abc") && cookie.contains("HttpOnly"), cookie);
        assertTrue(Problems.json(created).getBoolean("created"));
        assertEquals("plain", http().get("/h/helpers/send").body());
    }

    /** Redirect defaults to 307; other redirect statuses and header injection. */
    @Assertion("ROUTE-7-4")
    void redirectsDefaultTo307AndRefuseHeaderInjection() {
        var redirect = http().get("/h/helpers/redirect");
        assertEquals(307, redirect.statusCode());
        String location = redirect.headers().firstValue("Location").orElse("");
        assertEquals(http().uri("/h/void"), http().uri("/h/helpers/redirect").resolve(location));
        var permanent = http().get("/h/helpers/permanent");
        assertEquals(308, permanent.statusCode());
        assertEquals("https://example.com/elsewhere", permanent.headers().firstValue("Location").orElse(""));
        assertEquals("refused", http().get("/h/helpers/injection").body());
    }

    /** Exceptions become problems and never leak a stack trace or an exception's message. */
    @Assertion("ROUTE-7-5")
    void exceptionsBecomeProblems() {
        var web = http().get("/h/fail/web");
        assertEquals("Not Found", Problems.assertProblem(web, 404, "about:blank").getString("title"));
        assertFalse(web.body().contains("no such note"), web.body());
        var boom = http().get("/h/fail/boom");
        Problems.assertProblem(boom, 500, "handler-failed");
        assertFalse(boom.body().contains("secret internal detail"), boom.body());
        assertEquals(200, http().get("/h/number/2").statusCode());
    }

    /** The request object exposes method, raw path, route key and parameters. */
    @Assertion("ROUTE-7-1")
    void requestObjectDescribesTheRequest() {
        JsonObject values = Problems.json(http().get("/h/request/one/two/three?x=1&x=2"));
        assertEquals("GET", values.getString("method"));
        assertEquals("/h/request/one/two/three", values.getString("path"));
        assertEquals("GET /request/{a}/{b*}", values.getString("routeKey"));
        assertEquals("one", values.getString("a"));
        assertEquals(2, values.getJsonArray("b").size());
        assertEquals(2, values.getJsonArray("x").size());
        assertTrue(values.getBoolean("agent"));
    }

    /** A RouteTable bean is deployed like an annotated API. */
    @Assertion("ROUTE-8-1")
    void routeTableBeanIsServed() {
        assertEquals("hello ann", http().get("/t/hello/ann").body());
        assertEquals("[\"x\",\"y\"]", http().get("/t/segments/x/y").body());
    }

    /** Routes added after deployment are served from the next request; a clash is refused. */
    @Assertion("ROUTE-8-2")
    void routesAddedAfterDeploymentAreServed() {
        String name = "n" + System.nanoTime();
        Problems.assertProblem(http().get("/t/added/" + name), 404, "route-not-found");
        assertEquals(201, http().send("POST", "/t/routes", name).statusCode());
        assertEquals("added " + name, http().get("/t/added/" + name).body());
        var clash = http().send("POST", "/t/routes", name);
        assertEquals(409, clash.statusCode());
        assertTrue(clash.body().contains("GET /added/" + name), clash.body());
    }

    /** A table lists its routes in precedence order, with full paths. */
    @Assertion("ROUTE-8-3")
    void routeTableIntrospection() {
        List<String> keys = strings(http().get("/t/introspect").body()).stream().filter(k -> !k.contains("/added/")).toList();
        assertEquals(List.of("GET /hello/{name}", "GET /introspect", "GET /paths", "POST /routes", "GET /segments/{rest+}"), keys);
        assertTrue(strings(http().get("/t/paths").body()).contains("/t/hello/{name}"));
    }

    private static List<String> strings(String jsonArray) {
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(jsonArray))) {
            return reader.readArray().getValuesAs(jakarta.json.JsonString::getString);
        }
    }
}
