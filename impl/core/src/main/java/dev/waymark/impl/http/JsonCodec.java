package dev.waymark.impl.http;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

/** JSON reading and writing through one shared JSON-B instance, so every server writes the same JSON. */
public final class JsonCodec {

    private JsonCodec() {
    }

    /**
     * The JSON-P provider, looked up once: {@code jakarta.json.Json}'s static methods look it up
     * with the service loader on every call, which reads the class path's jars under a lock.
     */
    public static final JsonProvider JSON_P = JsonProvider.provider();

    /**
     * How deep a body may nest arrays and objects. Yasson recurses once a level and overflowed a
     * default thread stack between 600 and 900 levels of a Map body; Parsson stops at 1000 with a
     * bare RuntimeException.
     */
    static final int MAX_DEPTH = 256;

    /**
     * Writes a value as JSON. (Through a string: Yasson builds a new generator factory for every
     * value written to a stream, which costs more than the string.)
     *
     * @param value the value
     * @return UTF-8 JSON
     */
    public static byte[] toBytes(Object value) {
        return Holder.JSONB.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads JSON into a type: a JSON-P value type through JSON-P, anything else through JSON-B.
     *
     * @param json UTF-8 JSON
     * @param type the target type
     * @return the value
     * @throws ProblemException with a 400 problem if the JSON is malformed, nests deeper than
     *         {@value #MAX_DEPTH} levels, or does not bind
     */
    public static Object fromBytes(byte[] json, Type type) {
        if (nestsDeeperThan(json, MAX_DEPTH)) {
            throw new ProblemException(Problem.invalidBody("The body nests arrays and objects more than " + MAX_DEPTH + " levels deep"));
        }
        try {
            if (type instanceof Class<?> raw && JsonValue.class.isAssignableFrom(raw)) {
                try (JsonReader reader = JSON_P.createReader(new StringReader(new String(json, StandardCharsets.UTF_8)))) {
                    JsonValue value = reader.readValue();
                    if (!raw.isInstance(value)) {
                        throw new ProblemException(Problem.invalidBody("Expected a JSON " + raw.getSimpleName()
                                + " but the body is a JSON " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT)));
                    }
                    return value;
                }
            }
            return Holder.JSONB.fromJson(new ByteArrayInputStream(json), type);
        } catch (JsonbException | JsonException | NumberFormatException e) {
            throw new ProblemException(Problem.invalidBody("The body is not valid JSON for " + typeName(type) + ": "
                    + describe(e)));
        }
    }

    /**
     * Whether arrays and objects nest deeper than a limit, counting the brackets outside strings.
     * (UTF-8 bytes: no byte of a multi-byte character is an ASCII bracket, quote or backslash.)
     */
    static boolean nestsDeeperThan(byte[] json, int limit) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > limit) {
                    return true;
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
        return false;
    }

    private static String typeName(Type type) {
        return type instanceof Class<?> raw ? raw.getSimpleName() : type.getTypeName();
    }

    /**
     * What went wrong, saying where: JSON-B's outermost message names the property path
     * ({@code Unable to deserialize property 'lines' because of: ...}), the innermost cause the
     * position in the text or the value that did not convert.
     */
    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String outer = failure.getMessage();
        String inner = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (outer == null || outer.contains(inner)) {
            return outer == null ? inner : outer;
        }
        return root == failure ? outer : outer + " (" + inner + ")";
    }

    private static final class Holder {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}
