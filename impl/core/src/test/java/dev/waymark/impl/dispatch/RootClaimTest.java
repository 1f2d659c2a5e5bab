package dev.waymark.impl.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.waymark.RouteTable;
import dev.waymark.impl.deploy.Deployment;
import dev.waymark.impl.handler.RouteSettings;

class RootClaimTest {

    private static RootClaim claim(RouteTable... tables) {
        return new RootClaim(Deployment.of(List.of(), List.of(tables), RouteSettings.DEFAULTS), new TargetCheck(100));
    }

    private final RootClaim claim = claim(RouteTable.create("notes", "/")
            .add("GET /notes/{id}", (request, response) -> "note")
            .add("POST /notes", (request, response) -> "created"),
            RouteTable.create("files", "/files").add("$default", (request, response) -> "file"));

    @Test
    void theApisTakeThePathsTheirRoutesTakeWhateverTheMethod() {
        assertTrue(claim.takes("GET", "/notes/7", null, null));
        assertTrue(claim.takes("DELETE", "/notes/7", null, null), "405 is the API's answer");
        assertTrue(claim.takes("OPTIONS", "/notes", null, null), "automatic OPTIONS is the API's answer");
        assertTrue(claim.takes("PUT", "/files/a/b", "x=1", null), "a $default takes its base path");
    }

    @Test
    void everyOtherRequestIsTheApplicationsEvenOneTheRouterCannotRoute() {
        assertFalse(claim.takes("GET", "/ping", null, null));
        assertFalse(claim.takes("GET", "/notes/7/comments", null, null));
        assertFalse(claim.takes("GET", "/", null, null));
        assertFalse(claim.takes("GET", "/notes/%zz", null, null));
        assertFalse(claim.takes("GET", "/notes/" + "x".repeat(200), null, null));
    }

    @Test
    void onlyADefaultRouteAtTheRootTakesEverything() {
        assertTrue(claim.takingEverything().isEmpty());
        RootClaim greedy = claim(RouteTable.create("proxy", "/").add("$default", (request, response) -> "all"));
        assertEquals("$default", greedy.takingEverything().orElseThrow().declaredKey());
    }
}
