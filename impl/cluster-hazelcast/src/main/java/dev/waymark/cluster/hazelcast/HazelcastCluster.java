package dev.waymark.cluster.hazelcast;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;

import dev.waymark.impl.cluster.TopicRequests;
import dev.waymark.spi.Cluster;
import dev.waymark.spi.SharedMap;

/**
 * A {@link Cluster} on a Hazelcast member: Hazelcast's membership, its topics, and its maps of
 * {@code byte[]}; requests to one member go over its topics ({@link TopicRequests}), so nothing but
 * {@code byte[]} is ever serialized.
 */
public final class HazelcastCluster implements Cluster {

    private final HazelcastInstance hazelcast;
    private final String local;
    private final TopicRequests requests;
    private final UUID memberListener;

    private HazelcastCluster(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
        this.local = hazelcast.getCluster().getLocalMember().getUuid().toString();
        this.requests = new TopicRequests(local, this::publish, this::subscribe, this::members);
        this.memberListener = hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                requests.memberLeft(event.getMember().getUuid().toString());
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
        requests.close();
        hazelcast.getCluster().removeMembershipListener(memberListener);
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
        return requests.serve(channel, responder);
    }

    @Override
    public CompletionStage<byte[]> request(String member, String channel, byte[] payload, Duration timeout) {
        return requests.request(member, channel, payload, timeout);
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
}
