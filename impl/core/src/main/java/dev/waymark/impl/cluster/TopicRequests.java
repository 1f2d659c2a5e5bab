package dev.waymark.impl.cluster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.waymark.spi.Cluster;

/**
 * Requests to one member of a cluster, and their answers, over the engine's publish/subscribe
 * [WS-8-1]: a request travels as bytes on the topic of the member it is for, its answer on the
 * topic of the member that asked, both with the request's id. A request to a member that leaves
 * before it answers fails at once, not at its time limit; one that finds no responder, or whose
 * responder fails, is answered with a failure that carries nothing of the responder's error.
 */
public final class TopicRequests {

    private static final System.Logger LOG = System.getLogger("dev.waymark.cluster");
    private static final String REQUESTS = "waymark.requests.";
    private static final String ANSWERS = "waymark.answers.";

    private final String local;
    private final BiConsumer<String, byte[]> publish;
    private final Supplier<Set<String>> members;
    private final Map<String, Function<byte[], CompletionStage<byte[]>>> responders = new ConcurrentHashMap<>();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Cluster.Subscription requests;
    private final Cluster.Subscription answers;

    private record Pending(String member, CompletableFuture<byte[]> answer) {
    }

    /**
     * Starts listening to this member's topics.
     *
     * @param local this member's id
     * @param publish publishes bytes on a topic of the engine
     * @param subscribe subscribes to a topic of the engine
     * @param members the members now
     */
    public TopicRequests(String local, BiConsumer<String, byte[]> publish,
            BiFunction<String, Consumer<byte[]>, Cluster.Subscription> subscribe, Supplier<Set<String>> members) {
        this.local = local;
        this.publish = publish;
        this.members = members;
        this.requests = subscribe.apply(REQUESTS + local, this::answer);
        this.answers = subscribe.apply(ANSWERS + local, this::complete);
    }

    /**
     * Answers the requests of a channel.
     *
     * @param channel the channel
     * @param responder the answerer
     * @return what stops it
     */
    public Cluster.Subscription serve(String channel, Function<byte[], CompletionStage<byte[]>> responder) {
        if (responders.putIfAbsent(channel, responder) != null) {
            throw new IllegalStateException("Channel " + channel + " is served already");
        }
        return () -> responders.remove(channel, responder);
    }

    /**
     * Sends a request to one member, as {@link Cluster#request} does.
     *
     * @param member the member
     * @param channel the channel
     * @param payload the request
     * @param timeout how long to wait
     * @return the answer
     */
    public CompletionStage<byte[]> request(String member, String channel, byte[] payload, Duration timeout) {
        CompletableFuture<byte[]> answer = new CompletableFuture<>();
        if (!members.get().contains(member)) {
            answer.completeExceptionally(new Cluster.MemberLeftException(member));
            return answer;
        }
        String id = UUID.randomUUID().toString();
        pending.put(id, new Pending(member, answer));
        answer.whenComplete((bytes, failure) -> pending.remove(id));
        answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        publish.accept(REQUESTS + member, Envelope.request(id, local, channel, payload));
        if (!members.get().contains(member)) {
            answer.completeExceptionally(new Cluster.MemberLeftException(member));
        }
        return answer;
    }

    /**
     * Fails the requests waiting for a member that left.
     *
     * @param member the member
     */
    public void memberLeft(String member) {
        for (Pending request : pending.values()) {
            if (request.member().equals(member)) {
                request.answer().completeExceptionally(new Cluster.MemberLeftException(member));
            }
        }
    }

    /** Stops listening, and fails the requests still waiting. */
    public void close() {
        requests.close();
        answers.close();
        for (Pending request : pending.values()) {
            request.answer().completeExceptionally(new Cluster.MemberLeftException(local));
        }
    }

    private void answer(byte[] bytes) {
        Envelope request = Envelope.read(bytes);
        Function<byte[], CompletionStage<byte[]>> responder = responders.get(request.channel());
        CompletionStage<byte[]> answer;
        if (responder == null) {
            answer = CompletableFuture.failedFuture(new IllegalStateException("No responder for channel " + request.channel()));
        } else {
            try {
                answer = responder.apply(request.payload());
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
        }
        answer.whenComplete((payload, failure) -> {
            if (failure != null) {
                LOG.log(Level.WARNING, "Request on channel " + request.channel() + " from member " + request.from() + " failed", failure);
            }
            publish.accept(ANSWERS + request.from(), failure == null ? Envelope.answer(request.id(), payload) : Envelope.failure(request.id()));
        });
    }

    private void complete(byte[] bytes) {
        Envelope answer = Envelope.read(bytes);
        Pending request = pending.remove(answer.id());
        if (request == null) {
            return;
        }
        if (answer.failed()) {
            request.answer().completeExceptionally(new IllegalStateException("Member " + request.member() + " could not answer"));
        } else {
            request.answer().complete(answer.payload());
        }
    }

    /**
     * A request or an answer as the bytes of one message.
     *
     * @param id the request's id
     * @param from the asking member, for a request
     * @param channel the channel, for a request
     * @param failed whether an answer is a failure
     * @param payload the request's or the answer's bytes
     */
    record Envelope(String id, String from, String channel, boolean failed, byte[] payload) {

        static byte[] request(String id, String from, String channel, byte[] payload) {
            return new Envelope(id, from, channel, false, payload).bytes();
        }

        static byte[] answer(String id, byte[] payload) {
            return new Envelope(id, "", "", false, payload).bytes();
        }

        static byte[] failure(String id) {
            return new Envelope(id, "", "", true, new byte[0]).bytes();
        }

        byte[] bytes() {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(payload.length + 128);
            try (DataOutputStream out = new DataOutputStream(buffer)) {
                out.writeUTF(id);
                out.writeUTF(from);
                out.writeUTF(channel);
                out.writeBoolean(failed);
                out.writeInt(payload.length);
                out.write(payload);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return buffer.toByteArray();
        }

        static Envelope read(byte[] bytes) {
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
                String id = in.readUTF();
                String from = in.readUTF();
                String channel = in.readUTF();
                boolean failed = in.readBoolean();
                int length = in.readInt();
                if (length < 0 || length > bytes.length) {
                    throw new IOException("a payload length of " + length + " in a message of " + bytes.length + " bytes");
                }
                byte[] payload = new byte[length];
                in.readFully(payload);
                return new Envelope(id, from, channel, failed, payload);
            } catch (IOException e) {
                throw new UncheckedIOException("A cluster message that does not parse", e);
            }
        }
    }
}
