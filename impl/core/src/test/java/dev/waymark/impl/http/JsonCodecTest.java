package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonCodecTest {

    public record Amount(BigDecimal value) {
    }

    static Stream<Arguments> unreadableBodies() {
        String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        String huge = "{\"value\":1e999999999999}";
        return Stream.of(Arguments.of(deep, JsonObject.class), Arguments.of(deep, JsonValue.class), Arguments.of(deep, Map.class),
                Arguments.of(huge, JsonObject.class), Arguments.of(huge, Amount.class), Arguments.of(huge, Map.class));
    }

    @ParameterizedTest
    @MethodSource("unreadableBodies")
    void aBodyTheReaderCannotReadIsABadRequest(String body, Type type) {
        ProblemException e = assertThrows(ProblemException.class, () -> JsonCodec.fromBytes(body.getBytes(StandardCharsets.UTF_8), type));
        assertEquals(400, e.problem().status());
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        String deepest = "[".repeat(JsonCodec.MAX_DEPTH) + "\"[{\\\"\"" + "]".repeat(JsonCodec.MAX_DEPTH);
        assertEquals(1, ((List<?>) JsonCodec.fromBytes(deepest.getBytes(StandardCharsets.UTF_8), List.class)).size());
        assertThrows(ProblemException.class, () -> JsonCodec.fromBytes(("[" + deepest + "]").getBytes(StandardCharsets.UTF_8), List.class));
    }
}
