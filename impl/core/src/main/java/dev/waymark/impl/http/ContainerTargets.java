package dev.waymark.impl.http;

import java.lang.reflect.Type;
import java.util.Map;

import dev.waymark.impl.http.JsonScanner.Token;

/**
 * The targets of types that hold other values: arrays and collections, maps, objects with
 * properties, and {@code Optional}. Each checks its own shape and hands every value inside to
 * the target of its type.
 */
final class ContainerTargets {

    private ContainerTargets() {
    }

    /**
     * A Java array or a collection: a JSON array.
     *
     * @param element the type of the elements
     */
    record ArrayTarget(Type element) implements JsonTarget {

        @Override
        public String expected(JsonLimits limits) {
            return "an array";
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public void checkPresent(JsonScanner json, Token token) {
            if (token != Token.BEGIN_ARRAY) {
                throw json.mismatch(expected(json.limits()));
            }
            JsonTarget elements = JsonTarget.of(element);
            for (Token next = json.next(); next != Token.END_ARRAY; next = json.next()) {
                elements.check(json, next);
            }
        }
    }

    /**
     * A map: a JSON object, whose every value is of one type.
     *
     * @param value the type of the values
     */
    record MapTarget(Type value) implements JsonTarget {

        @Override
        public String expected(JsonLimits limits) {
            return "an object";
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public void checkPresent(JsonScanner json, Token token) {
            if (token != Token.BEGIN_OBJECT) {
                throw json.mismatch(expected(json.limits()));
            }
            JsonTarget values = JsonTarget.of(value);
            while (json.next() != Token.END_OBJECT) {
                values.check(json, json.next());
            }
        }
    }

    /**
     * A record or a class bound property by property: a JSON object. A key that names no
     * property is read over, as JSON-B ignores it.
     *
     * @param owner the type, with its type arguments if it has any
     * @param properties the type of each property JSON-B writes, by its JSON name
     */
    record ObjectTarget(Type owner, Map<String, Type> properties) implements JsonTarget {

        @Override
        public String expected(JsonLimits limits) {
            return "an object";
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public void checkPresent(JsonScanner json, Token token) {
            if (token != Token.BEGIN_OBJECT) {
                throw json.mismatch(expected(json.limits()));
            }
            while (json.next() != Token.END_OBJECT) {
                Type property = properties.get(json.text());
                Token value = json.next();
                if (property == null) {
                    json.skip(value);
                } else {
                    JsonTarget.of(GenericTypes.resolve(property, owner)).check(json, value);
                }
            }
        }
    }

    /**
     * {@code Optional}: null, or a value of its type.
     *
     * @param value the type of the value
     */
    record OptionalTarget(Type value) implements JsonTarget {

        @Override
        public String expected(JsonLimits limits) {
            return JsonTarget.of(value).expected(limits);
        }

        @Override
        public boolean nullable() {
            return true;
        }

        @Override
        public void checkPresent(JsonScanner json, Token token) {
            JsonTarget.of(value).checkPresent(json, token);
        }
    }
}
