package dev.waymark.impl.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.waymark.ApiDeploymentException;

class RouteKeyFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyKeyParsesToAStableKeyOrIsRefusedWithAReason(byte[] input) {
        String key = new String(input, StandardCharsets.UTF_8);
        RouteKey parsed;
        try {
            parsed = RouteKey.parse(key);
        } catch (ApiDeploymentException e) {
            assertFalse(e.getMessage().isBlank());
            return;
        }
        assertEquals(parsed, RouteKey.parse(parsed.toString()), () -> "'" + key + "' is " + parsed);
    }
}
