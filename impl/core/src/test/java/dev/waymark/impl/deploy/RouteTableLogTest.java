package dev.waymark.impl.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import dev.waymark.RouteInfo;
import dev.waymark.RouteRuntime;

class RouteTableLogTest {

    @Test
    void oneAlignedRowPerRouteUnderAHeading() {
        String table = RouteTableLog.format(List.of(route("GET", "/notes/{id}", RouteRuntime.STANDARD, List.of(), "NotesApi#get"),
                route("POST", "/hooks", RouteRuntime.EDGE, List.of("iad1", "sfo1"), "POST /hooks")));
        assertEquals(String.join(System.lineSeparator(),
                "Routes (2, in precedence order):",
                "  METHOD  PATH         RUNTIME   HANDLER",
                "  GET     /notes/{id}  STANDARD  NotesApi#get",
                "  POST    /hooks       EDGE iad1,sfo1  POST /hooks"), table);
    }

    private static RouteInfo route(String method, String path, RouteRuntime runtime, List<String> regions, String handler) {
        return new RouteInfo() {
            @Override
            public String key() {
                return method + " " + path;
            }

            @Override
            public String method() {
                return method;
            }

            @Override
            public String path() {
                return path;
            }

            @Override
            public String handler() {
                return handler;
            }

            @Override
            public RouteRuntime runtime() {
                return runtime;
            }

            @Override
            public List<String> regions() {
                return regions;
            }

            @Override
            public OptionalLong bodyLimit() {
                return OptionalLong.empty();
            }

            @Override
            public OptionalLong responseLimit() {
                return OptionalLong.empty();
            }

            @Override
            public Optional<Duration> timeout() {
                return Optional.empty();
            }
        };
    }
}
