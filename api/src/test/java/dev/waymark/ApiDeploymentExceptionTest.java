package dev.waymark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ApiDeploymentExceptionTest {

    @Test
    void theMessageStartsWithThePrefixOnce() {
        ApiDeploymentException first = new ApiDeploymentException("route \"GET notes\" has no leading /");
        assertEquals("Waymark API deployment error: route \"GET notes\" has no leading /", first.getMessage());

        IllegalStateException cause = new IllegalStateException("unreadable");
        ApiDeploymentException again = new ApiDeploymentException(first.getMessage() + " (on NotesApi#list)", cause);
        assertEquals("Waymark API deployment error: route \"GET notes\" has no leading / (on NotesApi#list)", again.getMessage());
        assertSame(cause, again.getCause());
    }
}
