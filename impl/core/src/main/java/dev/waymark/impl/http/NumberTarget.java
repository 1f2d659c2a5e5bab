package dev.waymark.impl.http;

import dev.waymark.impl.http.JsonScanner.Token;

/**
 * A numeric Java type: the JSON numbers it takes whole, and the numeric strings JSON-B also reads
 * into it. A number out of its range, a fraction for an integer type, or an exponent that would
 * make it infinite or unbounded is refused instead of being wrapped, truncated or rounded away.
 *
 * @param kind the type
 * @param nullable whether it is a box (or {@code BigInteger}, {@code BigDecimal}), not a primitive
 */
record NumberTarget(Kind kind, boolean nullable) implements JsonTarget {

    /** The numeric types. */
    enum Kind {
        BYTE(Byte.MIN_VALUE, Byte.MAX_VALUE),
        SHORT(Short.MIN_VALUE, Short.MAX_VALUE),
        INT(Integer.MIN_VALUE, Integer.MAX_VALUE),
        LONG(Long.MIN_VALUE, Long.MAX_VALUE),
        BIG_INTEGER(0, 0),
        FLOAT(0, 0),
        DOUBLE(0, 0),
        BIG_DECIMAL(0, 0);

        private final long min;
        private final long max;

        Kind(long min, long max) {
            this.min = min;
            this.max = max;
        }
    }

    @Override
    public String expected(JsonLimits limits) {
        return switch (kind) {
            case BYTE, SHORT, INT, LONG -> "an integer between " + kind.min + " and " + kind.max;
            case BIG_INTEGER -> "an integer of at most " + limits.maxNumberLength() + " digits";
            case FLOAT -> "a number between -3.4028235e38 and 3.4028235e38";
            case DOUBLE -> "a number between -1.7976931348623157e308 and 1.7976931348623157e308";
            case BIG_DECIMAL -> "a number of at most " + limits.maxNumberLength() + " digits when written without an exponent";
        };
    }

    @Override
    public void checkPresent(JsonScanner json, Token token) {
        boolean fits = switch (token) {
            case NUMBER -> fitsPlainly(json) || fits(json.numberText(), false, json.limits());
            case STRING -> {
                String text = json.text();
                yield text.length() <= json.limits().maxNumberLength() && (fits(text, true, json.limits()) || isNamedFloatingValue(text));
            }
            default -> false;
        };
        if (!fits) {
            throw json.mismatch(expected(json.limits()));
        }
    }

    /**
     * Whether a number fits without reading it closely: a number written without an exponent is
     * no longer than its characters, which the scanner has bounded, and a short integer is read
     * as it is.
     */
    private boolean fitsPlainly(JsonScanner json) {
        if (json.numberHasExponent()) {
            return false;
        }
        int length = json.numberLength();
        return switch (kind) {
            case BYTE, SHORT, INT, LONG -> !json.numberHasFraction() && length <= 18 && json.numberAsLong() >= kind.min
                    && json.numberAsLong() <= kind.max;
            case BIG_INTEGER -> !json.numberHasFraction();
            case FLOAT -> length <= 38;
            case DOUBLE -> length <= 308;
            case BIG_DECIMAL -> true;
        };
    }

    /** The strings JSON-B writes for a double or float that is not a finite number. */
    private boolean isNamedFloatingValue(String text) {
        return (kind == Kind.FLOAT || kind == Kind.DOUBLE) && (text.equals("NaN") || text.equals("Infinity") || text.equals("-Infinity"));
    }

    /** Whether a string is written as Java's integer parsers read it: a sign and digits only. */
    private static boolean isWhole(String text) {
        return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
    }

    private boolean fits(String text, boolean inString, JsonLimits limits) {
        DecimalText number = DecimalText.parse(text, inString);
        if (number == null) {
            return false;
        }
        return switch (kind) {
            case BYTE, SHORT, INT, LONG -> (!inString || isWhole(text)) && number.isIntegerBetween(kind.min, kind.max);
            case BIG_INTEGER -> (!inString || isWhole(text)) && number.isInteger() && number.plainDigits() <= limits.maxNumberLength();
            case FLOAT -> number.isFiniteAs(text, true);
            case DOUBLE -> number.isFiniteAs(text, false);
            case BIG_DECIMAL -> number.plainDigits() <= limits.maxNumberLength();
        };
    }
}
