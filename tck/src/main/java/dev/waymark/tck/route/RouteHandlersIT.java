package dev.waymark.tck.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.route.app.HandlersApi;
import dev.waymark.tck.route.app.Note;
import dev.waymark.tck.route.app.TableProducer;

/** Handler parameters, bodies, return values, response helpers, errors and route tables (ROUTE-7, ROUTE-8). */
@ExtendWith(ArquillianExtension.class)
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

    /** ROUTE-7-1: path, query, header and cookie parameters, with defaults and lists. */
    @Test
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

    /** ROUTE-7-1: a catch-all parameter is a list of segments, or those segments joined by '/'. */
    @Test
    void bindsCatchAllAsListOrString() {
        JsonObject values = Problems.json(http().get("/h/files/a/b%2Fc/d"));
        assertEquals(List.of("a", "b/c", "d"), values.getJsonArray("segments").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals("a/b/c/d", values.getString("joined"));
    }

    /** ROUTE-7-1: a parameter that does not convert answers a 400 problem naming it. */
    @Test
    void unconvertibleParameterAnswers400() {
        assertEquals("42", http().get("/h/number/21").body());
        JsonObject problem = Problems.assertProblem(http().get("/h/number/abc"), 400, "invalid-parameter");
        assertTrue(problem.getString("detail").contains("'n'"), problem.toString());
    }

    /** ROUTE-7-2: the unannotated parameter is the body, bound by its type. */
    @Test
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

    /** ROUTE-7-2: malformed JSON and an empty body for a bound type answer a 400 problem. */
    @Test
    void malformedBodyAnswers400() {
        Problems.assertProblem(http().send("POST", "/h/echo/note", "{\"title\":", "Content-Type", "application/json"), 400, "invalid-body");
        Problems.assertProblem(http().send("POST", "/h/echo/note", null, "Content-Type", "application/json"), 400, "invalid-body");
        assertEquals(200, http().send("POST", "/h/echo/note", "{\"title\":\"ok\",\"stars\":0}", "Content-Type", "application/json").statusCode());
    }

    /** ROUTE-7-3: object as JSON, String as text, void as 204, CompletionStage, Response. */
    @Test
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

    /** ROUTE-7-4: status, headers, cookies, json and send. */
    @Test
    void responseHelpersSetStatusHeadersAndCookies() {
        var created = http().get("/h/helpers/created");
        assertEquals(201, created.statusCode());
        assertEquals("1", created.headers().firstValue("X-Custom").orElse(""));
        String cookie = created.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith("session=abc") && cookie.contains("HttpOnly"), cookie);
        assertTrue(Problems.json(created).getBoolean("created"));
        assertEquals("plain", http().get("/h/helpers/send").body());
    }

    /** ROUTE-7-4: redirect defaults to 307; other redirect statuses and header injection. */
    @Test
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

    /** ROUTE-7-5: exceptions become problems and never leak a stack trace or an exception's message. */
    @Test
    void exceptionsBecomeProblems() {
        var web = http().get("/h/fail/web");
        assertEquals("Not Found", Problems.assertProblem(web, 404, "about:blank").getString("title"));
        assertFalse(web.body().contains("no such note"), web.body());
        var boom = http().get("/h/fail/boom");
        Problems.assertProblem(boom, 500, "handler-failed");
        assertFalse(boom.body().contains("secret internal detail"), boom.body());
        assertEquals(200, http().get("/h/number/2").statusCode());
    }

    /** ROUTE-7-1: the request object exposes method, raw path, route key and parameters. */
    @Test
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

    /** ROUTE-8-1: a RouteTable bean is deployed like an annotated API. */
    @Test
    void routeTableBeanIsServed() {
        assertEquals("hello ann", http().get("/t/hello/ann").body());
        assertEquals("[\"x\",\"y\"]", http().get("/t/segments/x/y").body());
    }

    /** ROUTE-8-2: routes added after deployment are served from the next request; a clash is refused. */
    @Test
    void routesAddedAfterDeploymentAreServed() {
        String name = "n" + System.nanoTime();
        Problems.assertProblem(http().get("/t/added/" + name), 404, "route-not-found");
        assertEquals(201, http().send("POST", "/t/routes", name).statusCode());
        assertEquals("added " + name, http().get("/t/added/" + name).body());
        var clash = http().send("POST", "/t/routes", name);
        assertEquals(409, clash.statusCode());
        assertTrue(clash.body().contains("GET /added/" + name), clash.body());
    }

    /** ROUTE-8-3: a table lists its routes in precedence order, with full paths. */
    @Test
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
