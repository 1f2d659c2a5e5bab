package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalTextTest {

    @ParameterizedTest
    @CsvSource({"0,'',1", "-0.000,'',1", "123.45,12345,3", "0.001,1,-2", "1e2,1,3", "1200,12,4", "-4.5E-3,45,-2", "1e999999999,1,1000000000"})
    void readsDigitsAndWhereThePointIs(String text, String digits, long point) {
        DecimalText number = DecimalText.parse(text, false);
        assertEquals(digits, number.digits());
        if (!digits.isEmpty()) {
            assertEquals(point, number.point());
        }
    }

    @Test
    void anExponentCostsNoMoreThanItsCharacters() {
        DecimalText huge = DecimalText.parse("1e" + "9".repeat(900), false);
        assertFalse(huge.isIntegerBetween(Long.MIN_VALUE, Long.MAX_VALUE));
        assertTrue(huge.plainDigits() > 1000);
        assertFalse(huge.isFiniteAs("1e" + "9".repeat(900), false));
        assertTrue(DecimalText.parse("1e-" + "9".repeat(900), false).isFiniteAs("1e-" + "9".repeat(900), false));
    }

    @Test
    void integersAreCheckedAgainstTheirRange() {
        assertTrue(DecimalText.parse("2147483647", false).isIntegerBetween(Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertFalse(DecimalText.parse("2147483648", false).isIntegerBetween(Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertTrue(DecimalText.parse("-2.147483648e9", false).isIntegerBetween(Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertFalse(DecimalText.parse("1.5", false).isIntegerBetween(Integer.MIN_VALUE, Integer.MAX_VALUE));
        assertTrue(DecimalText.parse("1.50e1", false).isIntegerBetween(0, 15));
        assertEquals(1000, DecimalText.parse("1e-999", false).plainDigits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+5", "5.", ".5"})
    void stringsMayUseTheFormsJavaReads(String text) {
        assertNull(DecimalText.parse(text, false));
        assertNotNull(DecimalText.parse(text, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "1e", "1e+", "x", "1x", " 1", "1 ", "0x10", "NaN"})
    void anythingElseIsNotANumber(String text) {
        assertNull(DecimalText.parse(text, true));
    }
}
