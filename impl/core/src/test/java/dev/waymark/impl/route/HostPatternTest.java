package dev.waymark.impl.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.waymark.ApiDeploymentException;

class HostPatternTest {

    @Test
    void exactPatternsMatchTheirHostOnly() {
        HostPattern pattern = HostPattern.parse("API.example.com", "test");
        assertTrue(pattern.matches("api.example.com"));
        assertFalse(pattern.matches("x.api.example.com"));
        assertFalse(pattern.isWildcard());
    }

    @Test
    void wildcardsMatchSubDomainsNotTheDomain() {
        HostPattern pattern = HostPattern.parse("*.example.com", "test");
        assertTrue(pattern.matches("a.example.com"));
        assertTrue(pattern.matches("a.b.example.com"));
        assertFalse(pattern.matches("example.com"));
        assertFalse(pattern.matches("badexample.com"));
    }

    @Test
    void hostHeadersLoseCasePortAndFinalDot() {
        assertEquals("api.example.com", HostPattern.hostOf("API.Example.com:8443"));
        assertEquals("api.example.com", HostPattern.hostOf("api.example.com."));
        assertEquals("[::1]", HostPattern.hostOf("[::1]:8080"));
        assertEquals("", HostPattern.hostOf(null));
    }

    @Test
    void anythingButAHostNameFails() {
        for (String invalid : new String[] {"https://api.example.com", "api.example.com:443", "api.*.com", "*", "a..b", "api.example.com/v1", ""}) {
            assertThrows(ApiDeploymentException.class, () -> HostPattern.parse(invalid, "API x"), invalid);
        }
    }
}
