package dev.waymark.impl.websocket;

import java.io.StringReader;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.http.JsonCodec;

/**
 * A route selection expression, {@code $request.body.<field>[.<field>...]} [WS-2-1], and the route
 * key it picks from a message.
 *
 * @param fields the fields, outermost first
 */
public record RouteSelection(List<String> fields) {

    private static final String PREFIX = "$request.body.";

    /**
     * Parses an expression.
     *
     * @param expression such as {@code $request.body.action}
     * @param where the API described for error messages
     * @return the selection
     * @throws ApiDeploymentException if the expression is of another form
     */
    public static RouteSelection parse(String expression, String where) {
        String text = expression == null ? "" : expression.strip();
        if (!text.startsWith(PREFIX) || !text.substring(PREFIX.length()).matches("[A-Za-z_$][\\w$-]*(\\.[A-Za-z_$][\\w$-]*)*")) {
            throw new ApiDeploymentException("Invalid route selection expression '" + expression + "' of " + where
                    + ": use $request.body.<field>, such as $request.body.action");
        }
        return new RouteSelection(List.of(text.substring(PREFIX.length()).split("\\.")));
    }

    /**
     * The route key of a text message.
     *
     * <p>A message the JSON-P reader cannot read selects no key, whatever the reader throws: a
     * {@code JsonException} for malformed JSON, and with Parsson also a {@code NumberFormatException}
     * for a number beyond {@code BigDecimal} ({@code 1e999999999999}) and a bare
     * {@code RuntimeException} past its nesting limit.
     *
     * @param message the message
     * @return the key, or null if the message is not a JSON object with a string, number or boolean
     *         there
     */
    String keyOf(String message) {
        String trimmed = message.strip();
        if (!trimmed.startsWith("{")) {
            return null;
        }
        JsonValue value;
        try (JsonReader reader = JsonCodec.JSON_P.createReader(new StringReader(trimmed))) {
            value = reader.readObject();
        } catch (RuntimeException unreadable) {
            return null;
        }
        for (String field : fields) {
            if (!(value instanceof JsonObject object) || !object.containsKey(field)) {
                return null;
            }
            value = object.get(field);
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER, TRUE, FALSE -> value.toString();
            default -> null;
        };
    }
}
