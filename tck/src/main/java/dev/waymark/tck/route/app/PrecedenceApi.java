package dev.waymark.tck.route.app;

import java.util.List;

import jakarta.ws.rs.PathParam;

import dev.waymark.Api;
import dev.waymark.ApiRequest;
import dev.waymark.CatchAll;
import dev.waymark.Route;

/** Routes whose precedence the TCK checks; declared least specific first on purpose. */
@Api(name = "precedence", basePath = "/api")
public class PrecedenceApi {

    @CatchAll
    public String fallback(ApiRequest request) {
        return "default:" + request.method() + " " + request.path();
    }

    @Route("GET /post/{slug+}")
    public String slug(@PathParam("slug") List<String> slug) {
        return "slug+:" + String.join("|", slug);
    }

    @Route("GET /post/{pid}")
    public String pid(@PathParam("pid") String pid) {
        return "pid:" + pid;
    }

    @Route("GET /post/create")
    public String create() {
        return "create";
    }

    @Route("GET /docs/[[...slug]]")
    public String docs(@PathParam("slug") List<String> slug) {
        return "docs:" + slug.size() + ":" + String.join("|", slug);
    }

    @Route("GET /files/[...path]")
    public String files(@PathParam("path") String path) {
        return "files:" + path;
    }

    @Route("GET /users/[id]")
    public String user(@PathParam("id") String id) {
        return "user:" + id;
    }

    @Route("ANY /mixed/{x}")
    public String any(ApiRequest request) {
        return "any:" + request.method();
    }

    @Route("GET /mixed/{x}")
    public String get(@PathParam("x") String x) {
        return "get:" + x;
    }

    @Route("GET /ladder/{a*}")
    public String optional(@PathParam("a") List<String> a) {
        return "optional:" + a.size();
    }

    @Route("GET /ladder/{a+}")
    public String greedy(@PathParam("a") List<String> a) {
        return "greedy:" + a.size();
    }

    @Route("GET /ladder/{a}")
    public String param(@PathParam("a") String a) {
        return "param:" + a;
    }

    @Route("GET /ladder/lit")
    public String literal() {
        return "literal";
    }

    @Route("GET    /spaced/key")
    public String spaced() {
        return "spaced";
    }
}
