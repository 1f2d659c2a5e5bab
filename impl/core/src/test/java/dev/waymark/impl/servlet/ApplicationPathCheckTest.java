package dev.waymark.impl.servlet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.junit.jupiter.api.Test;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.jaxrs.WaymarkApplication;

class ApplicationPathCheckTest {

    @ApplicationPath("/")
    static class AtRoot extends Application {
    }

    @ApplicationPath("rest")
    static class AtRest extends Application {
    }

    @Test
    void anApplicationOfItsOwnAtTheRootFailsNamingIt() {
        ApiDeploymentException refused = assertThrows(ApiDeploymentException.class,
                () -> new ApplicationPathCheck().onStartup(Set.of(AtRest.class, AtRoot.class), null));
        assertTrue(refused.getMessage().contains(AtRoot.class.getName() + " has @ApplicationPath(\"/\")"), refused.getMessage());
        assertDoesNotThrow(() -> new ApplicationPathCheck().onStartup(Set.of(AtRest.class, WaymarkApplication.class), null));
        assertDoesNotThrow(() -> new ApplicationPathCheck().onStartup(null, null));
    }
}
