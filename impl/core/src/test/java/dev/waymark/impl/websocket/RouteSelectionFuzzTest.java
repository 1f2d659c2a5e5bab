package dev.waymark.impl.websocket;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.http.JsonLimits;

/** The input's first line is the route selection expression; the rest is the message. */
class RouteSelectionFuzzTest {

    private static final RouteSelection ACTION = RouteSelection.parse("$request.body.action", "the fuzz test");

    @FuzzTest(maxDuration = "10m")
    void anyMessageSelectsAKeyOrTheDefaultRoute(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        int newline = text.indexOf('\n');
        String message = newline < 0 ? text : text.substring(newline + 1);
        RouteSelection selection = ACTION;
        if (newline >= 0) {
            try {
                selection = RouteSelection.parse(text.substring(0, newline), "the fuzz test");
            } catch (ApiDeploymentException e) {
                assertFalse(e.getMessage().isBlank());
            }
        }
        try {
            selection.keyOf(message, JsonLimits.DEFAULTS);
        } catch (InvalidMessageException e) {
            assertFalse(e.getMessage().isBlank());
        }
    }
}
