package dev.waymark.impl.http;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.lang.System.Logger.Level;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import dev.waymark.impl.http.JsonScanner.Token;
import dev.waymark.impl.http.ScalarTargets.JsonValueTarget;

/**
 * JSON reading and writing through one shared JSON-B instance, so every server writes the same
 * JSON. Every document read is first scanned once against its {@link JsonLimits} and checked
 * against the type it binds to, so that neither the cost of reading it nor a value that does
 * not fit its type is left to the server's JSON-P and JSON-B implementations.
 */
public final class JsonCodec {

    private static final System.Logger LOG = System.getLogger("dev.waymark");

    private JsonCodec() {
    }

    /**
     * The JSON-P provider, looked up once: {@code jakarta.json.Json}'s static methods look it up
     * with the service loader on every call, which reads the class path's jars under a lock.
     */
    public static final JsonProvider JSON_P = JsonProvider.provider();

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
     * Reads a request body into a type.
     *
     * @param json UTF-8 JSON
     * @param type the target type
     * @param limits the limits the body is held to
     * @return the value
     * @throws ProblemException with a 400 {@code invalid-body} problem if the body is not JSON,
     *         exceeds a limit, or does not fit the type
     */
    public static Object fromBytes(byte[] json, Type type, JsonLimits limits) {
        try {
            return read(json, type, limits, "body");
        } catch (JsonRefusal e) {
            throw new ProblemException(Problem.invalidBody(e.getMessage()));
        }
    }

    /**
     * Reads JSON into a type: a JSON-P value type through JSON-P, anything else through JSON-B.
     * The document is first read whole, once: it must be JSON within the limits, and each value
     * must fit the Java type it binds to (numbers in range, arrays for collections, objects for
     * maps and records), or it is refused before any binding. A document both beyond the
     * limits (or not JSON) and of the wrong shape is refused for the limits.
     *
     * @param json UTF-8 JSON
     * @param type the target type
     * @param limits the limits the document is held to
     * @param noun what the document is, for refusals: {@code body}, {@code message}
     * @return the value
     * @throws JsonRefusal if the document is refused; its message says where and why
     */
    public static Object read(byte[] json, Type type, JsonLimits limits, String noun) {
        check(json, type, limits, noun);
        return bind(json, type, noun);
    }

    /** Reads the document's tokens once, checking each value against its type; a mismatch waits for the rest to be scanned. */
    private static void check(byte[] json, Type type, JsonLimits limits, String noun) {
        JsonScanner scanner = new JsonScanner(json, limits, noun);
        JsonTarget target = JsonTarget.of(type);
        try {
            Token first = scanner.next();
            if (first == Token.NULL && !(target instanceof JsonValueTarget value && value.kinds().contains(Token.NULL))) {
                throw scanner.mismatch(target.expected(limits));
            }
            target.check(scanner, first);
            scanner.next();
        } catch (JsonRefusal refusal) {
            if (refusal.reason() == JsonRefusal.Reason.MISMATCH) {
                JsonScanner.scan(json, limits, noun);
            }
            throw refusal;
        }
    }

    /**
     * What a type takes from JSON, in the API's words.
     *
     * @param type the type
     * @param limits the limits of the documents it is read from
     * @return such as {@code an object}
     */
    public static String expected(Type type, JsonLimits limits) {
        return JsonTarget.of(type).expected(limits);
    }

    private static Object bind(byte[] json, Type type, String noun) {
        try {
            if (type instanceof Class<?> raw && JsonValue.class.isAssignableFrom(raw)) {
                InputStreamReader text = new InputStreamReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8);
                try (JsonReader reader = JSON_P.createReader(text)) {
                    return reader.readValue();
                }
            }
            return Holder.JSONB.fromJson(new ByteArrayInputStream(json), type);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Binding a JSON " + noun + " to " + type.getTypeName() + " failed", e);
            throw new JsonRefusal(JsonRefusal.Reason.UNBOUND, "The JSON " + noun + " does not bind to what its handler takes");
        }
    }

    private static final class Holder {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}
