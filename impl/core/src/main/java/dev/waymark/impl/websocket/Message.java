package dev.waymark.impl.websocket;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import dev.waymark.impl.http.JsonCodec;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.impl.http.JsonRefusal;
import dev.waymark.websocket.WebSocketMessage;

/**
 * A message as it arrived, text or bytes [WS-1-3]; {@link #NONE} for {@code $connect} and
 * {@code $disconnect}.
 *
 * @param text the text, or null
 * @param bytes the bytes, or null
 * @param limits the limits the message is held to when it is read as JSON
 */
record Message(String text, byte[] bytes, JsonLimits limits) implements WebSocketMessage {

    static final Message NONE = new Message(null, null, JsonLimits.DEFAULTS);

    @Override
    public boolean binary() {
        return bytes != null;
    }

    @Override
    public boolean empty() {
        return text == null && bytes == null;
    }

    @Override
    public byte[] bytes() {
        return bytes != null ? bytes.clone() : text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String text() {
        return text != null ? text : bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public <T> T as(Class<T> type) {
        return type.cast(bind(type));
    }

    /**
     * The message bound from JSON.
     *
     * @param type the type to bind
     * @return the value, or null for no message
     * @throws InvalidMessageException if it is not JSON of that type
     */
    Object bind(Type type) {
        if (empty()) {
            return null;
        }
        try {
            return JsonCodec.read(bytes != null ? bytes : text.getBytes(StandardCharsets.UTF_8), type, limits, "message");
        } catch (JsonRefusal e) {
            throw new InvalidMessageException(e.getMessage());
        }
    }
}
