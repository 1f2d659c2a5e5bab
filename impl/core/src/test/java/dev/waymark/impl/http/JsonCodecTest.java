package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonCodecTest {

    public record Line(int qty) {
    }

    public record Order(List<Line> lines, long total) {
    }

    public record Sizes(short small, byte tiny, Integer boxed, Long big) {
    }

    public record Priced(double price, float ratio, BigDecimal amount, BigInteger count) {
    }

    public enum Color { RED, GREEN }

    public record Flags(boolean on, Color color, char initial, LocalDate day, Optional<Integer> maybe) {
    }

    public record Node(String name, List<Node> children) {
    }

    /** Holds the generic types the tests bind to. */
    public record Types(Map<String, Object> map, List<Integer> list, Map<String, List<Integer>> nested,
            Map<String, Map<String, Integer>> maps) {
    }

    private static final Type MAP = Types.class.getRecordComponents()[0].getGenericType();
    private static final Type LIST = Types.class.getRecordComponents()[1].getGenericType();
    private static final Type NESTED = Types.class.getRecordComponents()[2].getGenericType();
    private static final Type MAPS = Types.class.getRecordComponents()[3].getGenericType();

    private static Object bind(String json, Type type) {
        return JsonCodec.fromBytes(json.getBytes(StandardCharsets.UTF_8), type, JsonLimits.DEFAULTS);
    }

    private static String refused(String json, Type type) {
        ProblemException refusal = assertThrows(ProblemException.class, () -> bind(json, type), json);
        assertEquals(400, refusal.problem().status());
        assertEquals(Problem.TYPE_BASE + "invalid-body", refusal.problem().type());
        String detail = refusal.problem().detail();
        for (String internal : List.of("java.", "Exception", "class ", "Internal error", "Invalid token", "interface ", "START_",
                "Yasson", "jakarta.", "$")) {
            assertFalse(detail.contains(internal), () -> "'" + internal + "' in: " + detail);
        }
        return detail;
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "'" + part + "' not in: " + text);
        }
    }

    @Test
    void anIntegerTooLargeForAnIntIsRefusedNamingTheField() {
        assertContains(refused("{\"qty\":4294967297}", Line.class), "/qty", "an integer between -2147483648 and 2147483647",
                "4294967297");
    }

    @Test
    void theFieldIsNamedAsAJsonPointerThroughArraysAndObjects() {
        assertContains(refused("{\"lines\":[{\"qty\":1},{\"qty\":2147483648}],\"total\":3}", Order.class), "/lines/1/qty",
                "line 1, column 28");
    }

    @Test
    void aFractionIntoAnIntegerIsRefused() {
        assertContains(refused("{\"qty\":1.5}", Line.class), "/qty", "an integer");
        assertContains(refused("{\"qty\":1e-999999999}", Line.class), "/qty", "an integer");
    }

    @Test
    void anExponentOutOfRangeIsRefusedForEveryNumericType() {
        assertContains(refused("{\"qty\":1e999999999}", Line.class), "/qty");
        assertContains(refused("{\"lines\":[],\"total\":1e19}", Order.class), "/total",
                "an integer between -9223372036854775808 and 9223372036854775807");
        assertContains(refused("{\"price\":1e999}", Priced.class), "/price");
        assertContains(refused("{\"ratio\":1e39}", Priced.class), "/ratio");
        assertContains(refused("{\"amount\":1e999999999}", Priced.class), "/amount", "at most 1000 digits");
        assertContains(refused("{\"count\":1e999999999}", Priced.class), "/count", "at most 1000 digits");
    }

    @Test
    void smallIntegerTypesAndBoxesHaveTheirRanges() {
        assertContains(refused("{\"small\":32768}", Sizes.class), "/small", "between -32768 and 32767");
        assertContains(refused("{\"tiny\":-129}", Sizes.class), "/tiny", "between -128 and 127");
        assertContains(refused("{\"boxed\":2147483648}", Sizes.class), "/boxed", "between -2147483648 and 2147483647");
        assertContains(refused("{\"big\":9223372036854775808}", Sizes.class), "/big", "9223372036854775807");
        assertContains(refused("[1,2,4294967297]", LIST), "/2", "between -2147483648 and 2147483647");
        assertContains(refused("{\"a\":[1,4294967297]}", NESTED), "/a/1");
    }

    @Test
    void numbersThatFitBindExactly() {
        assertEquals(new Sizes((short) -32768, (byte) 127, 2147483647, -9223372036854775808L),
                bind("{\"small\":-32768,\"tiny\":127,\"boxed\":2147483647,\"big\":-9223372036854775808}", Sizes.class));
        assertEquals(new Line(100), bind("{\"qty\":1e2}", Line.class));
        assertEquals(new Line(1), bind("{\"qty\":1.0}", Line.class));
        assertEquals(new Line(42), bind("{\"qty\":\"42\"}", Line.class));
        assertEquals(new Line(0), bind("{\"qty\":-0}", Line.class));
        Priced priced = (Priced) bind("{\"price\":1e-999,\"ratio\":0.5,\"amount\":12.50,\"count\":123456789012345678901234567890}",
                Priced.class);
        assertEquals(0.0, priced.price());
        assertEquals(new BigDecimal("12.50"), priced.amount());
        assertEquals(new BigInteger("123456789012345678901234567890"), priced.count());
    }

    @Test
    void aNullIntoAPrimitiveIsRefused() {
        assertContains(refused("{\"qty\":null}", Line.class), "/qty", "got null");
    }

    @Test
    void anArrayIntoAMapIsRefused() {
        assertContains(refused("[1,2]", MAP), "expected an object", "got an array");
        assertContains(refused("{\"a\":[1,2]}", MAPS), "/a", "expected an object");
        assertContains(refused("5", MAP), "expected an object");
    }

    @Test
    void anObjectIntoAListIsRefused() {
        assertContains(refused("{\"a\":1}", LIST), "expected an array", "got an object");
        assertContains(refused("{\"lines\":{\"qty\":1}}", Order.class), "/lines", "expected an array");
        assertContains(refused("[]", Line.class), "expected an object");
        assertContains(refused("{\"a\":{\"b\":1}}", NESTED), "/a", "expected an array");
    }

    @Test
    void scalarsAreBoundStrictly() {
        assertContains(refused("{\"on\":1}", Flags.class), "/on", "true or false");
        assertContains(refused("{\"color\":\"BLUE\"}", Flags.class), "/color", "one of RED, GREEN");
        assertContains(refused("{\"initial\":\"ab\"}", Flags.class), "/initial", "one character");
        assertContains(refused("{\"day\":\"2024-13-01\"}", Flags.class), "/day", "a date");
        assertContains(refused("{\"maybe\":4294967297}", Flags.class), "/maybe", "an integer");
        assertContains(refused("{\"name\":{}}", Node.class), "/name", "expected a string");
        assertEquals(new Flags(true, Color.GREEN, 'x', LocalDate.of(2024, 5, 31), Optional.of(3)),
                bind("{\"on\":true,\"color\":\"GREEN\",\"initial\":\"x\",\"day\":\"2024-05-31\",\"maybe\":3}", Flags.class));
    }

    @Test
    void recursiveTypesAreChecked() {
        assertContains(refused("{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":{}}]}", Node.class), "/children/0/children",
                "expected an array");
    }

    @Test
    void malformedJsonSaysWhereWithoutParserInternals() {
        assertContains(refused("{\"quantity\": }", Line.class), "line 1, column 14");
        assertContains(refused("{\"qty\":", MAP), "line 1, column 8");
        assertContains(refused("{\"qty\":1} x", MAP), "line 1, column 11");
        assertContains(refused("{\"qty\":\"abc", MAP), "string");
        assertContains(refused("", MAP), "line 1, column 1");
    }

    @Test
    void unknownPropertiesAreIgnoredAsJsonBindingDoes() {
        assertEquals(new Line(2), bind("{\"qty\":2,\"extra\":{\"deep\":[1e999999999,{\"x\":null}]}}", Line.class));
    }

    @Test
    void jsonProcessingTypesAreCheckedForTheirKind() {
        assertContains(refused("[1]", JsonObject.class), "expected an object", "got an array");
        assertEquals(1, ((JsonArray) bind("[1]", JsonArray.class)).size());
        assertEquals(JsonValue.ValueType.NUMBER, ((JsonValue) bind("1", JsonValue.class)).getValueType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[", "{\"a\":"})
    void nestingDeeperThanTheLimitIsRefused(String open) {
        Type[] types = {JsonArray.class, JsonValue.class, MAP, Object.class};
        String json = open.repeat(1001);
        for (Type type : types) {
            assertContains(refused(json, type), "nests deeper than 128 levels");
        }
    }

    @Test
    void nestingExactlyAtTheLimitBinds() {
        String json = "[".repeat(128) + "]".repeat(128);
        assertEquals(1, ((JsonArray) bind(json, JsonArray.class)).size());
        assertContains(refused("[".repeat(129) + "]".repeat(129), JsonArray.class), "nests deeper than 128 levels at /0/0/0");
    }

    @Test
    void aHugeNumberIsRefusedQuickly() {
        String json = "{\"qty\":" + "9".repeat(500_000) + "}";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            assertContains(refused(json, Line.class), "more than 1000 characters", "/qty");
            assertContains(refused(json, MAP), "more than 1000 characters", "/qty");
        });
    }

    public record Amount(BigDecimal value) {
    }

    static Stream<Arguments> bodiesTheReadersCannotRead() {
        String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        String huge = "{\"value\":1e999999999999}";
        return Stream.of(Arguments.of(deep, JsonObject.class), Arguments.of(deep, JsonValue.class), Arguments.of(deep, Map.class),
                Arguments.of(huge, JsonObject.class), Arguments.of(huge, Amount.class), Arguments.of(huge, Map.class));
    }

    /** What made Parsson throw a bare RuntimeException or NumberFormatException, or Yasson overflow its stack. */
    @ParameterizedTest
    @MethodSource("bodiesTheReadersCannotRead")
    void aBodyTheReadersCannotReadIsABadRequest(String body, Type type) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> JsonCodec.fromBytes(body.getBytes(StandardCharsets.UTF_8), type, JsonLimits.DEFAULTS));
        assertEquals(400, e.problem().status());
    }
}
