package dev.waymark.impl.http;

import java.math.BigInteger;

/**
 * A decimal number read from its text without converting it, so that no exponent, however
 * large, costs more than its characters: the value is {@code ±0.<digits> × 10^point}.
 *
 * @param negative whether it is below zero
 * @param digits its significant digits, without leading or trailing zeros; empty for zero
 * @param point where the decimal point is, counted from the left of {@code digits}
 */
record DecimalText(boolean negative, String digits, long point) {

    /** Where exponents stop counting: far beyond any type, and far from overflowing a long. */
    private static final long EXPONENT_CAP = 1_000_000_000_000L;

    /**
     * Reads a decimal number: an optional sign ({@code +} only if {@code lenient}), digits with an
     * optional fraction, and an optional exponent. Leniently, also the forms Java's parsers
     * accept in a string: leading zeros, {@code 5.} and {@code .5}.
     *
     * @param text the text
     * @param lenient whether the text is a JSON string rather than a JSON number
     * @return the number, or null if the text is not one
     */
    static DecimalText parse(String text, boolean lenient) {
        int p = 0;
        int n = text.length();
        boolean negative = false;
        if (p < n && (text.charAt(p) == '-' || lenient && text.charAt(p) == '+')) {
            negative = text.charAt(p) == '-';
            p++;
        }
        int integerStart = p;
        while (p < n && isDigit(text.charAt(p))) {
            p++;
        }
        int integerEnd = p;
        int fractionStart = p;
        int fractionEnd = p;
        if (p < n && text.charAt(p) == '.') {
            fractionStart = ++p;
            while (p < n && isDigit(text.charAt(p))) {
                p++;
            }
            fractionEnd = p;
        }
        int integerDigits = integerEnd - integerStart;
        int fractionDigits = fractionEnd - fractionStart;
        boolean emptyFraction = fractionStart != integerEnd && fractionDigits == 0;
        if (integerDigits + fractionDigits == 0 || !lenient && (integerDigits == 0 || emptyFraction)) {
            return null;
        }
        long exponent = 0;
        if (p < n && (text.charAt(p) == 'e' || text.charAt(p) == 'E')) {
            p++;
            boolean negativeExponent = p < n && text.charAt(p) == '-';
            if (p < n && (text.charAt(p) == '-' || text.charAt(p) == '+')) {
                p++;
            }
            int exponentStart = p;
            while (p < n && isDigit(text.charAt(p))) {
                exponent = Math.min(exponent * 10 + text.charAt(p) - '0', EXPONENT_CAP);
                p++;
            }
            if (p == exponentStart) {
                return null;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (p != n) {
            return null;
        }
        String all = text.substring(integerStart, integerEnd) + text.substring(fractionStart, fractionEnd);
        int first = 0;
        while (first < all.length() && all.charAt(first) == '0') {
            first++;
        }
        int last = all.length();
        while (last > first && all.charAt(last - 1) == '0') {
            last--;
        }
        return new DecimalText(negative, all.substring(first, last), integerDigits - first + exponent);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the number is zero. */
    boolean isZero() {
        return digits.isEmpty();
    }

    /** Whether the number has no fraction. */
    boolean isInteger() {
        return isZero() || point >= digits.length();
    }

    /** How many digits the number has written out in full, without an exponent: its integer and fraction digits. */
    long plainDigits() {
        return isZero() ? 1 : Math.max(point, 1) + Math.max(digits.length() - point, 0);
    }

    /**
     * Whether the number is an integer in a range.
     *
     * @param min the smallest accepted
     * @param max the largest accepted
     * @return whether it is
     */
    boolean isIntegerBetween(long min, long max) {
        if (!isInteger()) {
            return false;
        }
        if (isZero()) {
            return min <= 0 && max >= 0;
        }
        if (point > 19) {
            return false;
        }
        BigInteger value = new BigInteger(digits + "0".repeat((int) point - digits.length()));
        value = negative ? value.negate() : value;
        return value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    /**
     * Whether the number, rounded to a double or a float, is finite: larger numbers would become
     * infinities. (Smaller ones round to zero, as floating point does.)
     *
     * @param text the number's text, as given to {@link #parse}
     * @param asFloat whether the target is a float
     * @return whether it fits
     */
    boolean isFiniteAs(String text, boolean asFloat) {
        if (isZero() || point < -400) {
            return true;
        }
        if (point > 400) {
            return false;
        }
        return asFloat ? Float.isFinite(Float.parseFloat(text)) : Double.isFinite(Double.parseDouble(text));
    }
}
