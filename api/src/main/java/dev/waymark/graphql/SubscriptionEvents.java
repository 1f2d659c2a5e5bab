package dev.waymark.graphql;

import java.util.concurrent.Flow;

/**
 * Events for GraphQL subscriptions, delivered to the subscribers of every node [GQL-6-1]: a
 * mutation publishes to a topic, and a subscription resolver returns the topic's events. On a
 * single node they stay in memory; on the nodes of a cluster they cross as JSON, so a mutation on
 * one node reaches the subscribers of all of them. Delivery is at most once, in the order each
 * node published; a subscriber too slow to keep up misses events rather than holding the others
 * back. Where CDI is present it is a bean: {@code @Inject SubscriptionEvents events}.
 *
 * <pre>
 * &#64;Mutation
 * public Note addNote(String text) {
 *     Note note = notes.add(text);
 *     events.publish("noteAdded", note);
 *     return note;
 * }
 *
 * &#64;Subscription
 * public Multi&lt;Note&gt; noteAdded() {
 *     return Multi.createFrom().publisher(events.subscribe("noteAdded", Note.class));
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface SubscriptionEvents {

    /**
     * Publishes an event to the subscribers of a topic on every node.
     *
     * @param topic the topic
     * @param event the event, sent as JSON
     */
    void publish(String topic, Object event);

    /**
     * The events of a topic published from now on, each read from JSON into a type.
     *
     * @param topic the topic
     * @param type what each event is read into
     * @param <T> the type
     * @return a publisher that each subscriber subscribes to
     */
    <T> Flow.Publisher<T> subscribe(String topic, Class<T> type);
}
