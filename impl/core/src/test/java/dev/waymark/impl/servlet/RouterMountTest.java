package dev.waymark.impl.servlet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.junit.jupiter.api.Test;

import dev.waymark.ApiDeploymentException;
import dev.waymark.RouteTable;
import dev.waymark.impl.deploy.Deployment;
import dev.waymark.impl.dispatch.RootClaim;
import dev.waymark.impl.dispatch.TargetCheck;
import dev.waymark.impl.handler.RouteSettings;

class RouterMountTest {

    @ApplicationPath("/")
    static class AtRoot extends Application {
    }

    @ApplicationPath("rest")
    static class AtRest extends Application {
    }

    private static RootClaim claim(String basePath, String key) {
        RouteTable table = RouteTable.create("proxy", basePath).add(key, (request, response) -> "answer");
        return new RootClaim(Deployment.of(List.of(), List.of(table), RouteSettings.DEFAULTS), new TargetCheck(100));
    }

    @Test
    void anApplicationAtTheRootBesideADefaultRouteAtTheRootFailsNamingBoth() {
        ApiDeploymentException refused = assertThrows(ApiDeploymentException.class,
                () -> RouterMount.refuseShadowedRoot(Set.of(AtRest.class, AtRoot.class), claim("/", "$default")));
        assertTrue(refused.getMessage().contains(AtRoot.class.getName() + " has @ApplicationPath(\"/\")"), refused.getMessage());
        assertTrue(refused.getMessage().contains("\"$default\""), refused.getMessage());
    }

    @Test
    void anApplicationAtTheRootSharesItWithRoutesAndDefaultsBelowIt() {
        assertDoesNotThrow(() -> RouterMount.refuseShadowedRoot(Set.of(AtRoot.class), claim("/", "GET /notes")));
        assertDoesNotThrow(() -> RouterMount.refuseShadowedRoot(Set.of(AtRoot.class), claim("/files", "$default")));
        assertDoesNotThrow(() -> RouterMount.refuseShadowedRoot(Set.of(AtRest.class), claim("/", "$default")));
    }
}
