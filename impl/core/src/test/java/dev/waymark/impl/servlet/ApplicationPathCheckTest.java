package dev.waymark.impl.servlet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void theRootIsEmptyASlashOrAWildcard() {
        for (String root : new String[] {"", "/", "/*", "*", "//"}) {
            assertTrue(ApplicationPathCheck.atRoot(root), root);
        }
        for (String path : new String[] {"rest", "/rest", "/api/*", "v1/"}) {
            assertFalse(ApplicationPathCheck.atRoot(path), path);
        }
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
