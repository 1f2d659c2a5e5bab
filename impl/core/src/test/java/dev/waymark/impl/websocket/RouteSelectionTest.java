package dev.waymark.impl.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.waymark.impl.http.JsonLimits;

class RouteSelectionTest {

    private final RouteSelection selection = RouteSelection.parse("$request.body.action", "test");

    @Test
    void selectsTheFieldOfAJsonObject() {
        assertEquals("join", selection.keyOf("{\"action\":\"join\"}", JsonLimits.DEFAULTS));
        assertEquals("42", selection.keyOf(" {\"action\":42} ", JsonLimits.DEFAULTS));
        assertNull(selection.keyOf("{\"action\":{}}", JsonLimits.DEFAULTS));
        assertNull(selection.keyOf("not json", JsonLimits.DEFAULTS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"action\":1e999999999999}", "{\"other\":1e-99999999999,\"action\":\"x\"}"})
    void aNumberBeyondBigDecimalSelectsNoKey(String message) {
        assertNull(selection.keyOf(message, JsonLimits.DEFAULTS));
    }

    @Test
    void nestingBeyondTheLimitIsAnInvalidMessage() {
        assertThrows(InvalidMessageException.class,
                () -> selection.keyOf("{\"action\":\"x\",\"deep\":" + "[".repeat(5000) + "]".repeat(5000) + "}", JsonLimits.DEFAULTS));
    }
}
