package dev.waymark.impl.websocket;

import java.nio.charset.StandardCharsets;

import dev.waymark.impl.http.JsonCodec;

/** What a message is on the wire: a {@code String} as text, a {@code byte[]} as binary, anything else as JSON text [WS-4-1]. */
final class Frames {

    private Frames() {
    }

    /**
     * The frame of a message: the message itself if it is text or bytes, else its JSON.
     *
     * @param message the message
     * @return a {@code String} or a {@code byte[]}
     */
    static Object prepare(Object message) {
        if (message instanceof String || message instanceof byte[]) {
            return message;
        }
        return new String(JsonCodec.toBytes(message), StandardCharsets.UTF_8);
    }
}
