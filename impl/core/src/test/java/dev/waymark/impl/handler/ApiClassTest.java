package dev.waymark.impl.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.junit.jupiter.api.Test;

import dev.waymark.Api;
import dev.waymark.ApiDeploymentException;
import dev.waymark.BodyLimit;
import dev.waymark.CatchAll;
import dev.waymark.Route;

class ApiClassTest {

    @Api
    @BodyLimit("2mb")
    public static class Valid {
        @Route("GET /a/{id}")
        public String a(@PathParam("id") UUID id, @QueryParam("o") Optional<Integer> o) {
            return id + "" + o;
        }

        @Route("POST /b")
        @BodyLimit("10kb")
        public String b(String body) {
            return body;
        }

        @CatchAll
        @BodyLimit(value = BodyLimit.UNLIMITED, parse = false)
        public void fallback(java.io.InputStream raw) {
        }
    }

    @Api
    public static class ParsedBodyWithParsingOff {
        @Route("POST /a")
        @BodyLimit(parse = false)
        public void a(String body) {
        }
    }

    @Api(name = "both")
    public static class RouteAndCatchAll {
        @Route("GET /a")
        @CatchAll
        public void a() {
        }
    }

    @Api
    public static class ContextParameter {
        @Route("GET /a")
        public void a(@Context UriInfo info) {
        }
    }

    @Api
    public static class Unconvertible {
        @Route("GET /a")
        public void a(@QueryParam("x") java.util.concurrent.atomic.AtomicInteger x) {
        }
    }

    @Api
    public static class SetForSingleSegment {
        @Route("GET /a/{id}")
        public void a(@PathParam("id") java.util.Set<String> ids) {
        }
    }

    @Api(basePath = "/a/{id}")
    public static class DynamicBasePath {
    }

    @Test
    void readsNameRoutesAndSettings() {
        ApiClass api = ApiClass.read(Valid.class, () -> new Valid(), Instances::create);
        assertEquals("Valid", api.name());
        List<String> keys = api.routes().stream().map(DeclaredRoute::declaredKey).toList();
        assertEquals(List.of("GET /a/{id}", "POST /b", "$default"), keys);
        assertEquals(2L * 1024 * 1024, api.routes().get(0).settings().apply(RouteSettings.DEFAULTS).bodyLimit());
        assertEquals(10L * 1024, api.routes().get(1).settings().apply(RouteSettings.DEFAULTS).bodyLimit());
        assertEquals(false, api.routes().get(2).settings().apply(RouteSettings.DEFAULTS).parseBody());
        assertEquals(Long.MAX_VALUE, api.routes().get(2).settings().apply(RouteSettings.DEFAULTS).bodyLimit());
    }

    @Test
    void refusesDeclarationErrorsNamingTheMethod() {
        assertMessage(RouteAndCatchAll.class, "RouteAndCatchAll#a has both @Route and @CatchAll");
        assertMessage(ContextParameter.class, "@Context is not supported");
        assertMessage(Unconvertible.class, "Cannot convert a string to java.util.concurrent.atomic.AtomicInteger");
        assertMessage(SetForSingleSegment.class, "has a single value");
        assertMessage(DynamicBasePath.class, "literal segments only");
        assertMessage(ParsedBodyWithParsingOff.class, "body parsing is off");
    }

    private static void assertMessage(Class<?> type, String part) {
        ApiDeploymentException e = assertThrows(ApiDeploymentException.class, () -> ApiClass.read(type, () -> null, Instances::create));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
