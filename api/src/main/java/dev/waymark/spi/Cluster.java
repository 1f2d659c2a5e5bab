package dev.waymark.spi;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The nodes an application runs on, as the data grid it already runs sees them: what an
 * implementation needs to keep WebSocket connections, rate limits and subscription events right
 * across nodes. An application, or a module of the implementation, that declares a CDI bean of
 * this type makes the deployment a member of that cluster; without one it is a single node. Each
 * engine (Hazelcast, Redis, a server's own clustering) is one implementation of this interface.
 *
 * <p>Only bytes cross the wire: the implementation encodes what it sends (as JSON), so no
 * application class is ever deserialized on another node.
 *
 * @since 0.1
 */
public interface Cluster {

    /**
     * This node's id among the members.
     *
     * @return an id no other member has
     */
    String localMember();

    /**
     * The members the cluster sees now, this node included.
     *
     * @return a snapshot of their ids
     */
    Set<String> members();

    /**
     * Listens for members leaving and joining. The listener runs on a thread of the engine, once
     * per change, on every member that sees it.
     *
     * @param listener called with each change
     * @return what stops the listening
     */
    Subscription onMembershipChange(Consumer<MembershipChange> listener);

    /**
     * Answers the requests other members send this node on a channel.
     *
     * @param channel the channel's name
     * @param responder turns a request's bytes into its answer's
     * @return what stops the answering
     */
    Subscription serve(String channel, Function<byte[], CompletionStage<byte[]>> responder);

    /**
     * Sends a request to one member and waits for its answer, without blocking.
     *
     * @param member the member's id
     * @param channel the channel it serves
     * @param payload the request
     * @param timeout how long to wait for the answer
     * @return the answer; completes exceptionally with {@link MemberLeftException} if the member is
     *         not, or stops being, a member before it answers, and with
     *         {@link java.util.concurrent.TimeoutException} if it has not answered in time
     */
    CompletionStage<byte[]> request(String member, String channel, byte[] payload, Duration timeout);

    /**
     * Publishes a message to every member subscribed to a topic, this node included: at most once,
     * in the order this node published them.
     *
     * @param topic the topic
     * @param message the message
     */
    void publish(String topic, byte[] message);

    /**
     * Subscribes to a topic.
     *
     * @param topic the topic
     * @param listener called with each message
     * @return what stops the subscription
     */
    Subscription subscribe(String topic, Consumer<byte[]> listener);

    /**
     * A map every member shares.
     *
     * @param name the map's name
     * @return the map
     */
    SharedMap map(String name);

    /**
     * A change of the members.
     *
     * @param joined the ids of the members that joined
     * @param left the ids of the members that left, or were found dead
     */
    record MembershipChange(Set<String> joined, Set<String> left) {

        /**
         * A change, its sets copied.
         *
         * @param joined the ids of the members that joined
         * @param left the ids of the members that left
         */
        public MembershipChange {
            joined = Set.copyOf(joined);
            left = Set.copyOf(left);
        }
    }

    /** What a listener, a responder or a subscriber is registered by. */
    interface Subscription extends AutoCloseable {

        /** Stops it; closing twice does nothing. */
        @Override
        void close();
    }

    /** The failure of a request to a node that is not, or is no longer, a member. */
    final class MemberLeftException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /**
         * Creates the failure.
         *
         * @param member the member's id
         */
        public MemberLeftException(String member) {
            super("Member " + member + " is not in the cluster");
        }
    }
}
