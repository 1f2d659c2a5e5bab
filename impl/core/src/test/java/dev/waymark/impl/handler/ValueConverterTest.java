package dev.waymark.impl.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ValueConverterTest {

    enum Size { SMALL, LARGE }

    /** A type whose factory fails with a message of its own. */
    public record Code(String value) {
        public static Code valueOf(String value) {
            throw new IllegalStateException("internal detail of " + Code.class.getName());
        }
    }

    private static String refusal(Class<?> type, String value) {
        return assertThrows(IllegalArgumentException.class, () -> ValueConverter.forType(type, "test").apply(value)).getMessage();
    }

    @Test
    void valuesThatConvertAreConverted() {
        assertEquals(42, ValueConverter.forType(int.class, "test").apply("42"));
        assertEquals(Size.LARGE, ValueConverter.forType(Size.class, "test").apply("large"));
        assertEquals(LocalDate.of(2024, 5, 31), ValueConverter.forType(LocalDate.class, "test").apply("2024-05-31"));
    }

    @Test
    void aRefusalSaysWhatWasExpectedInTheApisWords() {
        assertEquals("expected an integer between -2147483648 and 2147483647", refusal(int.class, "4294967297"));
        assertEquals("expected an integer between -9223372036854775808 and 9223372036854775807", refusal(Long.class, "x"));
        assertEquals("expected an integer between -128 and 127", refusal(byte.class, "128"));
        assertEquals("expected a number", refusal(double.class, "ten"));
        assertEquals("expected true or false", refusal(boolean.class, "yes"));
        assertEquals("expected one character", refusal(char.class, "ab"));
        assertEquals("expected one of SMALL, LARGE", refusal(Size.class, "medium"));
        assertEquals("expected a date such as 2024-05-31", refusal(LocalDate.class, "31/05/2024"));
        assertEquals("expected a UUID such as 123e4567-e89b-12d3-a456-426614174000", refusal(UUID.class, "nope"));
    }

    @Test
    void anApplicationTypesOwnFailureIsNotRepeated() {
        assertNull(refusal(Code.class, "x"));
    }
}
