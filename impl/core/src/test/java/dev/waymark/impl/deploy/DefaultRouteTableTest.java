package dev.waymark.impl.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import dev.waymark.ApiDeploymentException;
import dev.waymark.RouteInfo;
import dev.waymark.RouteOptions;
import dev.waymark.RouteRuntime;
import dev.waymark.RouteTable;

class DefaultRouteTableTest {

    @Test
    void routesInheritTheTableDefaultsAndOverrideThem() {
        RouteTable table = RouteTable.create("t", "/t", RouteOptions.defaults().timeout("5s").runtime(RouteRuntime.EDGE).regions("iad1"))
                .add("GET /inherits", (request, response) -> "a")
                .add("GET /overrides", RouteOptions.defaults().timeout("none").runtime(RouteRuntime.STANDARD).bodyLimit("unlimited")
                        .responseLimit("false"), (request, response) -> "b");
        RouteInfo inherits = route(table, "GET /inherits");
        assertEquals(RouteRuntime.EDGE, inherits.runtime());
        assertEquals(List.of("iad1"), inherits.regions());
        assertEquals(Optional.of(Duration.ofSeconds(5)), inherits.timeout());
        assertEquals(OptionalLong.of(1024 * 1024), inherits.bodyLimit());
        RouteInfo overrides = route(table, "GET /overrides");
        assertEquals(RouteRuntime.STANDARD, overrides.runtime());
        assertEquals(List.of("iad1"), overrides.regions());
        assertEquals(Optional.empty(), overrides.timeout());
        assertEquals(OptionalLong.empty(), overrides.bodyLimit());
        assertEquals(OptionalLong.empty(), overrides.responseLimit());
    }

    @Test
    void invalidSettingsAreRefusedWhenDeclared() {
        assertThrows(ApiDeploymentException.class, () -> RouteTable.create("t", "/", RouteOptions.defaults().timeout("soon")));
        assertThrows(ApiDeploymentException.class, () -> RouteTable.create("t", "/", RouteOptions.defaults().timeout("0s")));
        assertThrows(ApiDeploymentException.class, () -> RouteTable.create("t", "/", RouteOptions.defaults().regions("us east")));
        RouteTable table = RouteTable.create("t", "/");
        assertThrows(ApiDeploymentException.class, () -> table.add("GET /x", RouteOptions.defaults().bodyLimit("lots"), (request, response) -> "x"));
    }

    private static RouteInfo route(RouteTable table, String key) {
        return table.routes().stream().filter(route -> route.key().equals(key)).findFirst().orElseThrow();
    }
}
