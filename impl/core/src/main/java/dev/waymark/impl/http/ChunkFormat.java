package dev.waymark.impl.http;

import java.nio.charset.StandardCharsets;

import dev.waymark.ServerSentEvent;

/** How the chunks of a published response are written, chosen by the first chunk's type. */
enum ChunkFormat {

    /** {@link ServerSentEvent}s as {@code text/event-stream}. */
    EVENTS("text/event-stream;charset=UTF-8"),
    /** Strings as UTF-8 text. */
    TEXT("text/plain;charset=UTF-8"),
    /** Byte arrays as they are. */
    BYTES("application/octet-stream"),
    /** Other objects as JSON, one per line. */
    JSON_LINES("application/x-ndjson");

    private final String contentType;

    ChunkFormat(String contentType) {
        this.contentType = contentType;
    }

    static ChunkFormat of(Object first) {
        if (first instanceof ServerSentEvent) {
            return EVENTS;
        }
        if (first instanceof CharSequence) {
            return TEXT;
        }
        return first instanceof byte[] ? BYTES : JSON_LINES;
    }

    String contentType() {
        return contentType;
    }

    /**
     * Encodes one chunk.
     *
     * @param chunk the published item
     * @return its bytes
     * @throws IllegalArgumentException if the item does not fit the format of the first one
     */
    byte[] encode(Object chunk) {
        return switch (this) {
            case EVENTS -> {
                if (!(chunk instanceof ServerSentEvent event)) {
                    throw mismatch(chunk);
                }
                yield event(event);
            }
            case TEXT -> {
                if (!(chunk instanceof CharSequence text)) {
                    throw mismatch(chunk);
                }
                yield text.toString().getBytes(StandardCharsets.UTF_8);
            }
            case BYTES -> {
                if (!(chunk instanceof byte[] bytes)) {
                    throw mismatch(chunk);
                }
                yield bytes;
            }
            case JSON_LINES -> {
                byte[] json = JsonCodec.toBytes(chunk);
                byte[] line = new byte[json.length + 1];
                System.arraycopy(json, 0, line, 0, json.length);
                line[json.length] = '\n';
                yield line;
            }
        };
    }

    private IllegalArgumentException mismatch(Object chunk) {
        return new IllegalArgumentException("A published " + name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " stream cannot also carry a " + (chunk == null ? "null" : chunk.getClass().getName()));
    }

    private static byte[] event(ServerSentEvent event) {
        StringBuilder out = new StringBuilder();
        if (event.id() != null) {
            out.append("id: ").append(event.id()).append('\n');
        }
        if (event.event() != null) {
            out.append("event: ").append(event.event()).append('\n');
        }
        if (event.retry() != null) {
            out.append("retry: ").append(event.retry().toMillis()).append('\n');
        }
        for (String line : event.data().split("\r\n|\r|\n", -1)) {
            out.append("data: ").append(line).append('\n');
        }
        return out.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }
}
