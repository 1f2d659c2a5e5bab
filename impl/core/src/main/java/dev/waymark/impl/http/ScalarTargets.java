package dev.waymark.impl.http;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import dev.waymark.impl.http.JsonScanner.Token;

/** The targets of types that take one JSON value other than numbers, and of types Waymark does not look into. */
final class ScalarTargets {

    private ScalarTargets() {
    }

    /**
     * A type whose JSON is left to JSON-B (one with its own adapter or deserializer, say), or a
     * property JSON-B ignores: the value is read over, not checked.
     */
    static final JsonTarget ANY = new JsonTarget() {

        @Override
        public String expected(JsonLimits limits) {
            return "a value other than null";
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public void checkPresent(JsonScanner json, Token token) {
            json.skip(token);
        }
    };

    /**
     * {@code Object}: any JSON, with its numbers read as JSON-B reads them into it, as
     * {@code BigDecimal}, so each must be one a handler can work with.
     */
    static final JsonTarget UNTYPED = new JsonTarget() {

        private final JsonTarget number = new NumberTarget(NumberTarget.Kind.BIG_DECIMAL, true);

        @Override
        public String expected(JsonLimits limits) {
            return "a value other than null";
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public void checkPresent(JsonScanner json, Token token) {
            if (token == Token.NUMBER) {
                number.checkPresent(json, token);
            } else if (token == Token.BEGIN_OBJECT || token == Token.BEGIN_ARRAY) {
                int outside = json.depth() - 1;
                while (json.depth() > outside) {
                    if (json.next() == Token.NUMBER) {
                        number.checkPresent(json, Token.NUMBER);
                    }
                }
            }
        }
    };

    /**
     * {@code boolean} and {@code Boolean}: {@code true} or {@code false}, also as strings, as
     * JSON-B reads them.
     *
     * @param nullable whether it is the box
     */
    record BooleanTarget(boolean nullable) implements JsonTarget {

        private static final Set<String> WORDS = Set.of("true", "false");

        @Override
        public String expected(JsonLimits limits) {
            return "true or false";
        }

        @Override
        public void checkPresent(JsonScanner json, Token token) {
            if (token != Token.TRUE && token != Token.FALSE && !(token == Token.STRING && WORDS.contains(json.text()))) {
                throw json.mismatch(expected(json.limits()));
            }
        }
    }

    /** {@code String} and {@code CharSequence}: any JSON value but an array or an object, as JSON-B reads them. */
    static final JsonTarget STRING = new JsonTarget() {

        @Override
        public String expected(JsonLimits limits) {
            return "a string";
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public void checkPresent(JsonScanner json, Token token) {
            if (token == Token.BEGIN_OBJECT || token == Token.BEGIN_ARRAY) {
                throw json.mismatch(expected(json.limits()));
            }
        }
    };

    /**
     * {@code char} and {@code Character}: a string of one character.
     *
     * @param nullable whether it is the box
     */
    record CharTarget(boolean nullable) implements JsonTarget {

        @Override
        public String expected(JsonLimits limits) {
            return "a string of one character";
        }

        @Override
        public void checkPresent(JsonScanner json, Token token) {
            if (token != Token.STRING || json.text().length() != 1) {
                throw json.mismatch(expected(json.limits()));
            }
        }
    }

    /**
     * An enum: the name of one of its constants.
     *
     * @param names the constants' names
     * @param expected what it takes, in words
     */
    record EnumTarget(Set<String> names, String expected) implements JsonTarget {

        /** The most names listed in a refusal. */
        private static final int LISTED = 10;

        static EnumTarget of(Class<?> type) {
            List<String> names = java.util.Arrays.stream(type.getEnumConstants()).map(constant -> ((Enum<?>) constant).name()).toList();
            String listed = String.join(", ", names.subList(0, Math.min(names.size(), LISTED))) + (names.size() > LISTED ? ", …" : "");
            return new EnumTarget(Set.copyOf(names), "one of " + listed);
        }

        @Override
        public String expected(JsonLimits limits) {
            return expected;
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public void checkPresent(JsonScanner json, Token token) {
            if (token != Token.STRING || !names.contains(json.text())) {
                throw json.mismatch(expected);
            }
        }
    }

    /**
     * A type JSON-B reads from a string in one format, such as a date or a UUID.
     *
     * @param expected what it takes, in words
     * @param parses whether a string is in the format
     */
    record FormattedTarget(String expected, Predicate<String> parses) implements JsonTarget {

        @Override
        public String expected(JsonLimits limits) {
            return expected;
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public void checkPresent(JsonScanner json, Token token) {
            if (token != Token.STRING || !parses.test(json.text())) {
                throw json.mismatch(expected);
            }
        }
    }

    /**
     * A JSON-P value type: the kinds of JSON value it is.
     *
     * @param kinds the first tokens of those values; {@link Token#NULL} if it takes null
     * @param expected what it takes, in words
     */
    record JsonValueTarget(Set<Token> kinds, String expected) implements JsonTarget {

        @Override
        public String expected(JsonLimits limits) {
            return expected;
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public void checkPresent(JsonScanner json, Token token) {
            if (!kinds.contains(token)) {
                throw json.mismatch(expected);
            }
            json.skip(token);
        }
    }
}
