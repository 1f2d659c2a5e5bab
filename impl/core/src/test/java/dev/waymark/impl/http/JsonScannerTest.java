package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.waymark.impl.http.JsonScanner.Token;

class JsonScannerTest {

    private static final JsonLimits SMALL = new JsonLimits(3, 6);

    private static List<String> tokens(String json) {
        JsonScanner scanner = new JsonScanner(json.getBytes(StandardCharsets.UTF_8), JsonLimits.DEFAULTS, "body");
        List<String> tokens = new ArrayList<>();
        for (Token token = scanner.next(); token != Token.END; token = scanner.next()) {
            tokens.add(switch (token) {
                case KEY, STRING -> token + ":" + scanner.text();
                case NUMBER -> token + ":" + scanner.numberText();
                default -> token.name();
            });
        }
        return tokens;
    }

    private static JsonRefusal refused(String json, JsonLimits limits) {
        return assertThrows(JsonRefusal.class, () -> JsonScanner.scan(json.getBytes(StandardCharsets.UTF_8), limits, "body"), json);
    }

    private static String malformed(String json) {
        JsonRefusal refusal = refused(json, JsonLimits.DEFAULTS);
        assertEquals(JsonRefusal.Reason.MALFORMED, refusal.reason(), refusal.getMessage());
        return refusal.getMessage();
    }

    private static void assertContains(String text, String part) {
        assertTrue(text.contains(part), () -> "'" + part + "' not in: " + text);
    }

    @Test
    void readsTheTokensOfADocumentInOrder() {
        assertEquals(List.of("BEGIN_OBJECT", "KEY:a", "BEGIN_ARRAY", "NUMBER:1", "STRING:x", "TRUE", "FALSE", "NULL", "BEGIN_OBJECT",
                "END_OBJECT", "BEGIN_ARRAY", "END_ARRAY", "END_ARRAY", "KEY:b", "NUMBER:-2.5e+3", "END_OBJECT"),
                tokens(" {\"a\" : [1,\"x\",true,false,null,{},[]],\n\t\"b\":-2.5e+3}\r\n"));
    }

    @Test
    void aPropertyNameTwiceInOneObjectIsRefused() {
        assertContains(malformed("{\"a\":1,\"b\":2,\"a\":3}"), "at /a (line 1, column 17): the property name \"a\" appears twice");
        assertContains(malformed("{\"a\":1,\"\\u0061\":2}"), "\"a\" appears twice");
        assertContains(malformed("[{\"x\":{\"y\":1,\"y\":2}}]"), "at /0/x/y");
    }

    @Test
    void theSameNameInDifferentObjectsIsRead() {
        assertEquals(List.of("BEGIN_ARRAY", "BEGIN_OBJECT", "KEY:a", "BEGIN_OBJECT", "KEY:a", "NUMBER:1", "END_OBJECT", "END_OBJECT",
                "BEGIN_OBJECT", "KEY:a", "NUMBER:2", "END_OBJECT", "END_ARRAY"), tokens("[{\"a\":{\"a\":1}},{\"a\":2}]"));
    }

    @Test
    void escapesBeforeQuotesDoNotEndAString() {
        assertEquals(List.of("STRING:a\"b"), tokens("\"a\\\"b\""));
        assertEquals(List.of("BEGIN_ARRAY", "STRING:a\\", "STRING:c", "END_ARRAY"), tokens("[\"a\\\\\",\"c\"]"));
        assertEquals(List.of("STRING:\\\"/\b\f\n\r\té☃"), tokens("\"\\\\\\\"\\/\\b\\f\\n\\r\\t\\u00e9\\u2603\""));
        assertEquals(List.of("STRING:é ☃"), tokens("\"é ☃\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"abc", "\"abc\\\"", "\"abc\\", "{\"key", "[\"a\", \"b"})
    void anUnterminatedStringIsRefusedWhereItStarts(String json) {
        assertContains(malformed(json), "no closing quote");
    }

    @Test
    void badEscapesAndControlCharactersAreRefused() {
        assertContains(malformed("\"a\\x\""), "invalid escape");
        assertContains(malformed("\"a\\u12\""), "four hexadecimal digits");
        assertContains(malformed("\"a\\u12g4\""), "four hexadecimal digits");
        assertContains(malformed("\"a\nb\""), "control character");
        assertContains(malformed("\"a\tb\""), "control character");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "12", "-1.5", "1e3", "1E-3", "1e+3", "0.0", "-0.5e-0", "123456789012345678901234567890"})
    void numbersInTheJsonGrammarAreRead(String number) {
        assertEquals(List.of("NUMBER:" + number), tokens(number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "1.", ".5", "-", "+1", "1e", "1e+", "--1", "1.e3", "0x10", "1f", "-a", "1.5.5", "NaN", "Infinity"})
    void numbersOutsideTheJsonGrammarAreRefused(String number) {
        malformed(number);
        malformed("[" + number + "]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "nul", "truex", "True", "{\"a\" 1}", "{\"a\":1,}", "[1,]", "[1 2]", "{1:2}", "}", "]", "[", "{",
            "{\"a\":1} x", "1 2", "[1]]", "{'a':1}", "\uFEFF{}"})
    void structuralMistakesAreRefused(String json) {
        malformed(json);
    }

    @Test
    void refusalsSayTheLineTheColumnAndThePointer() {
        assertContains(malformed("{\n  \"a\": [1,\n    2,\n    x]}"), "at /a/2 (line 4, column 5): expected a value");
        assertContains(malformed("{\"é\":\"€\", \"b\": }"), "at /b (line 1, column 16)");
        assertContains(malformed("{\"a\":1,}"), "at the top level (line 1, column 8): expected a property name");
        assertContains(malformed("{\"a\":1"), "ends before the JSON value is complete");
        assertContains(malformed("{\"a/b~c\":tru}"), "at /a~1b~0c (line 1, column 10)");
        assertContains(malformed("{\"a\\u002fb\":x}"), "at /a~1b");
    }

    @Test
    void nestingExactlyAtTheLimitIsRead() {
        JsonScanner.scan("[{\"a\":[]}]".getBytes(StandardCharsets.UTF_8), SMALL, "body");
        JsonScanner.scan("[[[]],[[1]],{\"b\":{\"c\":2}}]".getBytes(StandardCharsets.UTF_8), SMALL, "body");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[[[[]]]]", "{\"a\":{\"b\":{\"c\":{}}}}", "[{\"a\":[[]]}]", "[1,[2,[3,[4]]]]"})
    void nestingDeeperThanTheLimitIsRefusedForArraysAndObjects(String json) {
        JsonRefusal refusal = refused(json, SMALL);
        assertEquals(JsonRefusal.Reason.OVER_LIMIT, refusal.reason());
        assertContains(refusal.getMessage(), "The JSON body nests deeper than 3 levels at /");
    }

    @Test
    void theDepthRefusalNamesWhereTheLimitIsCrossed() {
        assertContains(refused("[1,{\"a\":[[0]]}]", SMALL).getMessage(), "nests deeper than 3 levels at /1/a/0 (line 1, column 10)");
        String deep = refused("{\"a\":".repeat(100_000), JsonLimits.DEFAULTS).getMessage();
        assertContains(deep, "nests deeper than 128 levels at /a/a/a/a");
        assertTrue(deep.length() < 200, deep);
    }

    @Test
    void aNumberAtTheLengthLimitIsReadAndALongerOneRefused() {
        JsonScanner.scan("[-1.5e9,123456]".getBytes(StandardCharsets.UTF_8), SMALL, "body");
        for (String json : List.of("[1234567]", "[-1.5e10]", "{\"n\":1.23456}", "1234567")) {
            JsonRefusal refusal = refused(json, SMALL);
            assertEquals(JsonRefusal.Reason.OVER_LIMIT, refusal.reason());
            assertContains(refusal.getMessage(), "A number in the JSON body has more than 6 characters at ");
        }
        assertContains(refused("{\"n\":[1,1234567]}", SMALL).getMessage(), "at /n/1 (line 1, column 9)");
        assertContains(refused("1234567", SMALL).getMessage(), "at the top level (line 1, column 1)");
    }

    @Test
    void limitsApplyInsideLongDocumentsToo() {
        String wide = "[" + "\"\\\"\\\\\\u00e9\",".repeat(50_000) + "1]";
        JsonScanner.scan(wide.getBytes(StandardCharsets.UTF_8), JsonLimits.DEFAULTS, "body");
        StringBuilder keys = new StringBuilder("{");
        for (int i = 0; i < 50_000; i++) {
            keys.append("\"k").append(i).append("\":1,");
        }
        keys.append("\"n\":").append("9".repeat(1001)).append('}');
        assertContains(refused(keys.toString(), JsonLimits.DEFAULTS).getMessage(), "at /n");
    }

    @Test
    void theNounSaysWhatTheDocumentIs() {
        JsonRefusal refusal = assertThrows(JsonRefusal.class,
                () -> JsonScanner.scan("[[[[".getBytes(StandardCharsets.UTF_8), SMALL, "message"));
        assertContains(refusal.getMessage(), "The JSON message nests deeper");
    }
}
