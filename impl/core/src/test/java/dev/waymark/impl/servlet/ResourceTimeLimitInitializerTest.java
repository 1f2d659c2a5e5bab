package dev.waymark.impl.servlet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;

import org.junit.jupiter.api.Test;

import dev.waymark.ApiDeploymentException;
import dev.waymark.RouteTimeout;

class ResourceTimeLimitInitializerTest {

    @Path("unmanaged")
    public static class Unmanaged {

        @GET
        @RouteTimeout("1s")
        public void get(@Suspended AsyncResponse response) {
            response.resume("late");
        }
    }

    @Path("limited-class")
    @RouteTimeout("1s")
    public static class LimitedClass {

        @GET
        public CompletionStage<String> get() {
            return null;
        }
    }

    @RequestScoped
    @Path("managed")
    @RouteTimeout("1s")
    public static class Managed {

        @GET
        public void get(@Suspended AsyncResponse response) {
            response.resume("managed");
        }
    }

    @Test
    void anAsynchronousLimitOutsideACdiBeanFailsNamingTheMethod() {
        ApiDeploymentException refused = assertThrows(ApiDeploymentException.class,
                () -> new ResourceTimeLimitInitializer().onStartup(Set.of(Unmanaged.class), null));
        assertTrue(refused.getMessage().contains("Unmanaged#get"), refused.getMessage());
        assertTrue(refused.getMessage().contains("@RequestScoped"), refused.getMessage());
        assertThrows(ApiDeploymentException.class, () -> new ResourceTimeLimitInitializer().onStartup(Set.of(LimitedClass.class), null));
    }

    @Test
    void asynchronousLimitsOfCdiBeansPass() {
        assertDoesNotThrow(() -> new ResourceTimeLimitInitializer().onStartup(Set.of(Managed.class), null));
        assertDoesNotThrow(() -> new ResourceTimeLimitInitializer().onStartup(null, null));
    }
}
