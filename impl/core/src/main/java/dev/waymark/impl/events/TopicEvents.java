package dev.waymark.impl.events;

import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;

import dev.waymark.graphql.SubscriptionEvents;
import dev.waymark.impl.http.JsonCodec;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.spi.Cluster;

/**
 * {@link SubscriptionEvents} on topics [GQL-6-1]: each topic a {@link SubmissionPublisher} of the
 * events' JSON on this node, fed by this node's publications or, in a cluster, by the cluster's
 * topic of the same name, to which every node publishes. Each subscriber has a buffer of
 * {@value #BUFFER} events; an event that finds it full is dropped for that subscriber alone.
 * Events are handed to subscribers on one thread of their own, in the order they arrived, in the
 * application's context (its class loader, and on a server its naming and security context).
 */
public final class TopicEvents implements SubscriptionEvents, AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.waymark.graphql");
    private static final String PREFIX = "waymark.events.";
    private static final int BUFFER = 1024;

    private final Cluster cluster;
    private final JsonLimits limits;
    private final Executor inApplication;
    private final Map<String, SubmissionPublisher<byte[]>> topics = new ConcurrentHashMap<>();
    private final Map<String, Cluster.Subscription> subscriptions = new ConcurrentHashMap<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "waymark-subscription-events");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Creates the events.
     *
     * @param cluster the cluster whose nodes share them, or null for a single node
     * @param limits the limits each event's JSON is read with
     * @param context runs a task in the application's context, on the thread that hands it over
     */
    public TopicEvents(Cluster cluster, JsonLimits limits, Executor context) {
        this.cluster = cluster;
        this.limits = limits;
        this.inApplication = task -> delivery.execute(() -> context.execute(task));
    }

    @Override
    public void publish(String topic, Object event) {
        byte[] json = JsonCodec.toBytes(event);
        if (cluster == null) {
            deliver(topic, json);
        } else {
            topic(topic);
            cluster.publish(PREFIX + topic, json);
        }
    }

    @Override
    public <T> Flow.Publisher<T> subscribe(String topic, Class<T> type) {
        SubmissionPublisher<byte[]> events = topic(topic);
        return subscriber -> events.subscribe(new Flow.Subscriber<byte[]>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscriber.onSubscribe(subscription);
            }

            @Override
            public void onNext(byte[] json) {
                subscriber.onNext(type.cast(JsonCodec.read(json, type, limits, "event")));
            }

            @Override
            public void onError(Throwable failure) {
                subscriber.onError(failure);
            }

            @Override
            public void onComplete() {
                subscriber.onComplete();
            }
        });
    }

    private SubmissionPublisher<byte[]> topic(String topic) {
        return topics.computeIfAbsent(topic, name -> {
            SubmissionPublisher<byte[]> events = new SubmissionPublisher<>(inApplication, BUFFER);
            if (cluster != null) {
                subscriptions.put(name, cluster.subscribe(PREFIX + name, json -> deliver(name, json)));
            }
            return events;
        });
    }

    private void deliver(String topic, byte[] json) {
        SubmissionPublisher<byte[]> events = topic(topic);
        events.offer(json, (subscriber, dropped) -> {
            LOG.log(Level.WARNING, "A subscriber of topic " + topic + " is too slow; an event was dropped for it");
            return false;
        });
    }

    /** Ends every subscription and stops listening to the cluster. */
    @Override
    public void close() {
        subscriptions.values().forEach(Cluster.Subscription::close);
        topics.values().forEach(SubmissionPublisher::close);
        delivery.shutdown();
    }
}
