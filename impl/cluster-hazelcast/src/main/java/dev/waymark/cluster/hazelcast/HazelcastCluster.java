package dev.waymark.cluster.hazelcast;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;

import dev.waymark.spi.Cluster;
import dev.waymark.spi.SharedMap;

/**
 * A {@link Cluster} on a Hazelcast member: Hazelcast's membership, its topics, and its maps of
 * {@code byte[]}. A request to one member travels on that member's own topic and its answer on
 * the asker's, both as bytes, so nothing but {@code byte[]} is ever serialized; a request to a
 * member that leaves before it answers fails at once rather than at its time limit.
 */
public final class HazelcastCluster implements Cluster {

    private static final System.Logger LOG = System.getLogger("dev.waymark.cluster");
    private static final String REQUESTS = "waymark.requests.";
    private static final String ANSWERS = "waymark.answers.";

    private final HazelcastInstance hazelcast;
    private final String local;
    private final Map<String, Function<byte[], CompletionStage<byte[]>>> responders = new ConcurrentHashMap<>();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final UUID requestListener;
    private final UUID answerListener;
    private final UUID memberListener;

    private record Pending(String member, CompletableFuture<byte[]> answer) {
    }

    private HazelcastCluster(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
        this.local = hazelcast.getCluster().getLocalMember().getUuid().toString();
        this.requestListener = topic(REQUESTS + local).addMessageListener(message -> answer(message.getMessageObject()));
        this.answerListener = topic(ANSWERS + local).addMessageListener(message -> complete(message.getMessageObject()));
        this.memberListener = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                failRequestsTo(event.getMember().getUuid().toString());
            }
        });
    }

    /**
     * The cluster of a running Hazelcast member, which the caller keeps running and shuts down.
     *
     * @param hazelcast the member
     * @return the cluster
     */
    public static HazelcastCluster of(HazelcastInstance hazelcast) {
        return new HazelcastCluster(hazelcast);
    }

    /**
     * The Hazelcast member.
     *
     * @return the member
     */
    HazelcastInstance hazelcast() {
        return hazelcast;
    }

    /** Stops answering and listening; the Hazelcast member keeps running. */
    public void detach() {
        topic(REQUESTS + local).removeMessageListener(requestListener);
        topic(ANSWERS + local).removeMessageListener(answerListener);
        hazelcast.getCluster().removeMembershipListener(memberListener);
        pending.keySet().forEach(id -> {
            Pending request = pending.remove(id);
            if (request != null) {
                request.answer().completeExceptionally(new MemberLeftException(local));
            }
        });
    }

    @Override
    public String localMember() {
        return local;
    }

    @Override
    public Set<String> members() {
        Set<String> ids = new HashSet<>();
        for (Member member : hazelcast.getCluster().getMembers()) {
            ids.add(member.getUuid().toString());
        }
        return Set.copyOf(ids);
    }

    @Override
    public Subscription onMembershipChange(Consumer<MembershipChange> listener) {
        UUID id = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                listener.accept(new MembershipChange(Set.of(event.getMember().getUuid().toString()), Set.of()));
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                listener.accept(new MembershipChange(Set.of(), Set.of(event.getMember().getUuid().toString())));
            }
        });
        return () -> hazelcast.getCluster().removeMembershipListener(id);
    }

    @Override
    public Subscription serve(String channel, Function<byte[], CompletionStage<byte[]>> responder) {
        if (responders.putIfAbsent(channel, responder) != null) {
            throw new IllegalStateException("Channel " + channel + " is served already");
        }
        return () -> responders.remove(channel, responder);
    }

    @Override
    public CompletionStage<byte[]> request(String member, String channel, byte[] payload, Duration timeout) {
        CompletableFuture<byte[]> answer = new CompletableFuture<>();
        if (!members().contains(member)) {
            answer.completeExceptionally(new MemberLeftException(member));
            return answer;
        }
        String id = UUID.randomUUID().toString();
        pending.put(id, new Pending(member, answer));
        answer.whenComplete((bytes, failure) -> pending.remove(id));
        answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        topic(REQUESTS + member).publish(Envelope.request(id, local, channel, payload));
        if (!members().contains(member)) {
            answer.completeExceptionally(new MemberLeftException(member));
        }
        return answer;
    }

    @Override
    public void publish(String topic, byte[] message) {
        topic(topic).publish(message);
    }

    @Override
    public Subscription subscribe(String topic, Consumer<byte[]> listener) {
        ITopic<byte[]> subscribed = topic(topic);
        UUID id = subscribed.addMessageListener(message -> listener.accept(message.getMessageObject()));
        return () -> subscribed.removeMessageListener(id);
    }

    @Override
    public SharedMap map(String name) {
        return new HazelcastSharedMap(hazelcast.getMap(name));
    }

    private ITopic<byte[]> topic(String name) {
        return hazelcast.getTopic(name);
    }

    private void failRequestsTo(String member) {
        for (Pending request : pending.values()) {
            if (request.member().equals(member)) {
                request.answer().completeExceptionally(new MemberLeftException(member));
            }
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
            topic(ANSWERS + request.from()).publish(failure == null
                    ? Envelope.answer(request.id(), payload)
                    : Envelope.failure(request.id(), "The member could not answer"));
        });
    }

    private void complete(byte[] bytes) {
        Envelope answer = Envelope.read(bytes);
        Pending request = pending.remove(answer.id());
        if (request == null) {
            return;
        }
        if (answer.failed()) {
            request.answer().completeExceptionally(new IllegalStateException(answer.channel()));
        } else {
            request.answer().complete(answer.payload());
        }
    }

    /**
     * A request or an answer as the bytes of one topic message.
     *
     * @param id the request's id
     * @param from the asking member, for a request
     * @param channel the channel of a request, or the reason of a failed answer
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

        static byte[] failure(String id, String reason) {
            return new Envelope(id, "", reason, true, new byte[0]).bytes();
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
                byte[] payload = new byte[in.readInt()];
                in.readFully(payload);
                return new Envelope(id, from, channel, failed, payload);
            } catch (IOException e) {
                throw new UncheckedIOException("A cluster message that does not parse", e);
            }
        }
    }
}
