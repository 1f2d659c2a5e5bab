package dev.waymark;

import java.time.Duration;
import java.util.Objects;

/**
 * One server-sent event [RUNTIME-2-3]. A handler that returns a
 * {@link java.util.concurrent.Flow.Publisher} of these answers {@code text/event-stream}, each event
 * written and flushed as it is published.
 *
 * <pre>
 * ServerSentEvent.of(Instant.now().toString()).withEvent("tick").withId("42")
 * </pre>
 *
 * @param id the event id, or null
 * @param event the event type, or null for the default ({@code message})
 * @param data the data; each line becomes a {@code data:} line
 * @param retry the reconnection time the client should use, or null
 * @since 0.1
 */
public record ServerSentEvent(String id, String event, String data, Duration retry) {

    /**
     * Checks the fields: an id or type with a line break, or no data, is refused.
     *
     * @throws IllegalArgumentException if a field cannot be written as an event
     */
    public ServerSentEvent {
        Objects.requireNonNull(data, "data");
        if (id != null && (id.indexOf('\n') >= 0 || id.indexOf('\r') >= 0 || id.indexOf('\0') >= 0)) {
            throw new IllegalArgumentException("An event id must not contain CR, LF or NUL");
        }
        if (event != null && (event.indexOf('\n') >= 0 || event.indexOf('\r') >= 0)) {
            throw new IllegalArgumentException("An event type must not contain CR or LF");
        }
        if (retry != null && retry.isNegative()) {
            throw new IllegalArgumentException("The retry time must not be negative");
        }
    }

    /**
     * An event with data only.
     *
     * @param data the data
     * @return the event
     */
    public static ServerSentEvent of(String data) {
        return new ServerSentEvent(null, null, data, null);
    }

    /**
     * This event with a type.
     *
     * @param type the event type
     * @return a new event
     */
    public ServerSentEvent withEvent(String type) {
        return new ServerSentEvent(id, type, data, retry);
    }

    /**
     * This event with an id.
     *
     * @param eventId the id
     * @return a new event
     */
    public ServerSentEvent withId(String eventId) {
        return new ServerSentEvent(eventId, event, data, retry);
    }

    /**
     * This event with a reconnection time.
     *
     * @param time the time
     * @return a new event
     */
    public ServerSentEvent withRetry(Duration time) {
        return new ServerSentEvent(id, event, data, time);
    }
}
