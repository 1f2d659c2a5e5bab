package dev.waymark.examples.webhook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/** The events received since the application started, in memory, each id once, in arrival order. */
@ApplicationScoped
public class EventStore {

    private final Map<String, StripeEvent> events = new LinkedHashMap<>();

    /**
     * Records an event unless one with its id was recorded already.
     *
     * @param event the event
     * @return whether it was recorded; {@code false} for a repeated delivery
     */
    public synchronized boolean record(StripeEvent event) {
        return events.putIfAbsent(event.id(), event) == null;
    }

    /**
     * The recorded events.
     *
     * @return the events, oldest first
     */
    public synchronized List<StripeEvent> list() {
        return new ArrayList<>(events.values());
    }
}
