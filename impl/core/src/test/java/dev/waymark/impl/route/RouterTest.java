package dev.waymark.impl.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.waymark.ApiDeploymentException;

class RouterTest {

    private static Route<String> route(String key) {
        return route(key, List.of());
    }

    private static Route<String> route(String key, List<String> base) {
        return new Route<>(RouteKey.parse(key).under(base), key, "test", base, key, key);
    }

    private static Router<String> router(String... keys) {
        List<Route<String>> routes = new ArrayList<>();
        for (String key : keys) {
            routes.add(route(key));
        }
        Collections.reverse(routes);
        return Router.of(routes);
    }

    private static String winner(Router<String> router, String method, String path) {
        RouteMatch<String> match = router.match(method, RequestPath.segments(path));
        return match.outcome() == RouteMatch.Outcome.ROUTE ? match.route().handler() : match.outcome().name();
    }

    @Test
    void nextJsPrecedenceHoldsWhateverTheDeclarationOrder() {
        Router<String> router = router("GET /api/post/{slug+}", "GET /api/post/{pid}", "GET /api/post/create");
        assertEquals("GET /api/post/create", winner(router, "GET", "/api/post/create"));
        assertEquals("GET /api/post/{pid}", winner(router, "GET", "/api/post/abc"));
        assertEquals("GET /api/post/{slug+}", winner(router, "GET", "/api/post/a/b"));
        assertEquals("NOT_FOUND", winner(router, "GET", "/api/post"));
    }

    @Test
    void optionalCatchAllMatchesTheBareParentWithNoSegments() {
        Router<String> router = router("GET /docs/{slug*}");
        RouteMatch<String> match = router.match("GET", RequestPath.segments("/docs"));
        assertEquals(List.of(), match.parameters().segments("slug"));
        assertEquals(List.of("a", "b"), router.match("GET", RequestPath.segments("/docs/a/b")).parameters().segments("slug"));
    }

    @Test
    void fullLadderLiteralParamGreedyOptionalThenDefault() {
        Router<String> router = Router.of(List.of(route("GET /x/{a*}"), route("GET /x/{a+}"), route("GET /x/{a}"),
                route("GET /x/lit"), route("$default")));
        assertEquals("GET /x/lit", winner(router, "GET", "/x/lit"));
        assertEquals("GET /x/{a}", winner(router, "GET", "/x/other"));
        assertEquals("GET /x/{a+}", winner(router, "GET", "/x/o/p"));
        assertEquals("GET /x/{a*}", winner(router, "GET", "/x"));
        assertEquals("$default", winner(router, "GET", "/y"));
        assertEquals("$default", winner(router, "POST", "/x/lit"));
    }

    @Test
    void exactMethodBeatsAnyOnTheSamePathAndHeadFollowsGet() {
        Router<String> router = router("ANY /a", "GET /a");
        assertEquals("GET /a", winner(router, "GET", "/a"));
        assertEquals("GET /a", winner(router, "HEAD", "/a"));
        assertEquals("ANY /a", winner(router, "DELETE", "/a"));
        assertEquals("ANY /a", winner(router, "PROPFIND", "/a"));
    }

    @Test
    void methodMismatchGives405WithAllowWithoutDefault() {
        Router<String> router = router("GET /a/{id}", "PUT /a/{id}", "DELETE /a/b");
        RouteMatch<String> match = router.match("POST", RequestPath.segments("/a/b"));
        assertEquals(RouteMatch.Outcome.METHOD_NOT_ALLOWED, match.outcome());
        assertEquals(Set.of("DELETE", "GET", "HEAD", "OPTIONS", "PUT"), match.allowed());
    }

    @Test
    void optionsIsAnsweredAutomaticallyUnlessDeclared() {
        Router<String> router = router("GET /a", "OPTIONS /b", "ANY /c");
        assertEquals("AUTOMATIC_OPTIONS", winner(router, "OPTIONS", "/a"));
        assertEquals("OPTIONS /b", winner(router, "OPTIONS", "/b"));
        assertEquals("AUTOMATIC_OPTIONS", winner(router, "OPTIONS", "/c"));
        assertEquals("NOT_FOUND", winner(router, "OPTIONS", "/d"));
    }

    @Test
    void defaultIsScopedToItsBasePath() {
        Router<String> router = Router.of(List.of(route("$default", List.of("api")), route("GET /api/a", List.of())));
        assertEquals("$default", winner(router, "GET", "/api/b/c"));
        assertEquals("$default", winner(router, "GET", "/api"));
        assertEquals("$default", winner(router, "POST", "/api/a"));
        assertEquals("NOT_FOUND", winner(router, "GET", "/other"));
    }

    @Test
    void parametersAreDecodedSegments() {
        Router<String> router = router("GET /api/post/{pid}", "GET /files/{path+}");
        assertEquals("a/b", router.match("GET", RequestPath.segments("/api/post/a%2Fb")).parameters().value("pid"));
        RouteMatch<String> files = router.match("GET", RequestPath.segments("/files/x%2Fy/z%20w"));
        assertEquals(List.of("x/y", "z w"), files.parameters().segments("path"));
        assertEquals("x/y/z w", files.parameters().value("path"));
    }

    @Test
    void clashingRoutesFailNamingBoth() {
        ApiDeploymentException e = assertThrows(ApiDeploymentException.class,
                () -> router("GET /notes/{id}", "GET /notes/[noteId]"));
        assertTrue(e.getMessage().contains("GET /notes/{id}") && e.getMessage().contains("GET /notes/[noteId]"), e.getMessage());
        assertThrows(ApiDeploymentException.class, () -> router("$default", "$default"));
    }

    @Test
    void greedyAndOptionalOfTheSamePathDoNotClash() {
        Router<String> router = router("GET /a/{p+}", "GET /a/{q*}");
        assertEquals("GET /a/{q*}", winner(router, "GET", "/a"));
        assertEquals("GET /a/{p+}", winner(router, "GET", "/a/b"));
    }

    @Test
    void precedenceOrderListsMoreSpecificRoutesFirst() {
        Router<String> router = router("$default", "ANY /a", "GET /a/{x*}", "GET /a/{x+}", "GET /a/{x}", "GET /a/b", "GET /a");
        assertEquals(List.of("GET /a", "ANY /a", "GET /a/b", "GET /a/{x}", "GET /a/{x+}", "GET /a/{x*}", "$default"),
                router.routes().stream().map(Route::handler).toList());
    }

    @Test
    void matchingCostDoesNotDependOnTheNumberOfRoutes() {
        List<Route<String>> routes = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            routes.add(route("GET /r" + i + "/{id}"));
        }
        Router<String> router = Router.of(routes);
        assertEquals("GET /r9999/{id}", winner(router, "GET", "/r9999/7"));
        assertEquals("GET /r0/{id}", winner(router, "GET", "/r0/7"));
    }
}
