package dev.waymark.impl.jaxrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ApplicationPathsTest {

    @Test
    void theRootIsEmptyASlashOrAWildcard() {
        for (String root : new String[] {"", "/", "/*", "*", "//"}) {
            assertTrue(ApplicationPaths.atRoot(root), root);
        }
        for (String path : new String[] {"rest", "/rest", "/api/*", "v1/"}) {
            assertFalse(ApplicationPaths.atRoot(path), path);
        }
    }

    @Test
    void theContextPathHasOneLeadingSlashAndNoTrailingOne() {
        assertEquals("/rest", ApplicationPaths.contextPath("rest"));
        assertEquals("/rest", ApplicationPaths.contextPath("/rest/"));
        assertEquals("/api/v1", ApplicationPaths.contextPath("/api/v1/*"));
    }
}
