package dev.waymark.impl.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RouteSelectionTest {

    private final RouteSelection selection = RouteSelection.parse("$request.body.action", "test");

    @Test
    void selectsTheFieldOfAJsonObject() {
        assertEquals("join", selection.keyOf("{\"action\":\"join\"}"));
        assertEquals("42", selection.keyOf(" {\"action\":42} "));
        assertNull(selection.keyOf("{\"action\":{}}"));
        assertNull(selection.keyOf("not json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"action\":1e999999999999}", "{\"other\":1e-99999999999,\"action\":\"x\"}"})
    void aNumberBeyondBigDecimalSelectsNoKey(String message) {
        assertNull(selection.keyOf(message));
    }

    @Test
    void nestingBeyondTheReadersLimitSelectsNoKey() {
        assertNull(selection.keyOf("{\"action\":\"x\",\"deep\":" + "[".repeat(5000) + "]".repeat(5000) + "}"));
    }
}
