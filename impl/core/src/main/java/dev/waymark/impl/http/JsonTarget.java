package dev.waymark.impl.http;

import java.lang.reflect.Type;

import dev.waymark.impl.http.JsonScanner.Token;

/**
 * What a Java type takes from JSON, checked against a document's tokens before JSON-B binds it,
 * so that a value that does not fit is refused with its place and what was expected, instead of
 * being bound wrong or failing inside the binding implementation.
 */
interface JsonTarget {

    /**
     * The target of a type.
     *
     * @param type a Java type
     * @return what it takes
     */
    static JsonTarget of(Type type) {
        return JsonTypes.target(type);
    }

    /**
     * What the type takes, in the API's words.
     *
     * @param limits the limits of the document
     * @return such as {@code an object} or {@code an integer between 0 and 255}
     */
    String expected(JsonLimits limits);

    /** Whether JSON {@code null} binds to the type. */
    boolean nullable();

    /**
     * Checks a value other than {@code null} and reads it to its end.
     *
     * @param json the document, just past the value's first token
     * @param token the value's first token
     * @throws JsonRefusal if the value does not fit
     */
    void checkPresent(JsonScanner json, Token token);

    /**
     * Checks a value and reads it to its end.
     *
     * @param json the document, just past the value's first token
     * @param token the value's first token
     * @throws JsonRefusal if the value does not fit
     */
    default void check(JsonScanner json, Token token) {
        if (token != Token.NULL) {
            checkPresent(json, token);
        } else if (!nullable()) {
            throw json.mismatch(expected(json.limits()));
        }
    }
}
