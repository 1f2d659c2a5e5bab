package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryStringTest {

    @Test
    void decodesPairsInOrder() {
        assertEquals(Map.of("a", List.of("1", "3"), "b", List.of("x y+")), QueryString.parse("a=1&b=x+y%2B&a=3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=%+1", "a=%-1", "a=%\uFF12\uFF10", "a=%\u0662\u0660", "a=%2", "a=%zz"})
    void refusesEscapesThatAreNotTwoAsciiHexadecimalDigits(String query) {
        assertEquals(400, assertThrows(ProblemException.class, () -> QueryString.checkEscapes(query)).problem().status());
        assertEquals(400, assertThrows(ProblemException.class, () -> QueryString.parse(query)).problem().status());
    }
}
