package dev.waymark.cluster.hazelcast;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.waymark.spi.Cluster;
import dev.waymark.spi.SharedMap;

class HazelcastClusterTest {

    private static final int PORT = 15701;
    private static final List<HazelcastInstance> MEMBERS = new ArrayList<>();
    private static final List<HazelcastCluster> CLUSTERS = new ArrayList<>();

    static HazelcastInstance member(String clusterName) {
        Config config = new Config().setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        NetworkConfig network = config.getNetworkConfig().setPort(PORT).setPortAutoIncrement(true);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        for (int port = PORT; port < PORT + 4; port++) {
            join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + port);
        }
        return Hazelcast.newHazelcastInstance(config);
    }

    @BeforeAll
    static void start() {
        for (int i = 0; i < 3; i++) {
            HazelcastInstance member = member("waymark-cluster-test");
            MEMBERS.add(member);
            CLUSTERS.add(HazelcastCluster.of(member));
        }
    }

    @AfterAll
    static void stop() {
        CLUSTERS.forEach(HazelcastCluster::detach);
        MEMBERS.forEach(HazelcastInstance::shutdown);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void everyMemberSeesTheSameMembersEachWithItsOwnId() {
        Set<String> ids = CLUSTERS.get(0).members();
        assertEquals(3, ids.size());
        for (HazelcastCluster cluster : CLUSTERS) {
            assertEquals(ids, cluster.members());
            assertTrue(ids.contains(cluster.localMember()));
        }
    }

    @Test
    void aRequestIsAnsweredByTheMemberItIsSentTo() throws Exception {
        HazelcastCluster a = CLUSTERS.get(0);
        HazelcastCluster c = CLUSTERS.get(2);
        try (Cluster.Subscription served = c.serve("echo", request -> CompletableFuture.completedFuture(bytes("c:" + text(request))))) {
            byte[] answer = a.request(c.localMember(), "echo", bytes("hello"), Duration.ofSeconds(5)).toCompletableFuture().get(10, TimeUnit.SECONDS);
            assertEquals("c:hello", text(answer));
        }
    }

    @Test
    void aRequestNobodyAnswersInTimeFailsWithATimeoutAndOneToANonMemberAtOnce() {
        HazelcastCluster a = CLUSTERS.get(0);
        HazelcastCluster b = CLUSTERS.get(1);
        try (Cluster.Subscription served = b.serve("slow", request -> new CompletableFuture<>())) {
            ExecutionException late = assertThrows(ExecutionException.class,
                    () -> a.request(b.localMember(), "slow", bytes("x"), Duration.ofMillis(300)).toCompletableFuture().get(10, TimeUnit.SECONDS));
            assertInstanceOf(TimeoutException.class, late.getCause());
        }
        ExecutionException gone = assertThrows(ExecutionException.class,
                () -> a.request("no-such-member", "slow", bytes("x"), Duration.ofSeconds(5)).toCompletableFuture().get(1, TimeUnit.SECONDS));
        assertInstanceOf(Cluster.MemberLeftException.class, gone.getCause());
    }

    @Test
    void aRequestToAMemberThatDiesFailsWhenItLeavesAndTheOthersHearOfIt() throws Exception {
        HazelcastCluster a = CLUSTERS.get(0);
        List<Cluster.MembershipChange> changes = new CopyOnWriteArrayList<>();
        HazelcastInstance doomed = member("waymark-cluster-test");
        HazelcastCluster onDoomed = HazelcastCluster.of(doomed);
        String id = onDoomed.localMember();
        try (Cluster.Subscription listening = a.onMembershipChange(changes::add);
                Cluster.Subscription served = onDoomed.serve("never", request -> new CompletableFuture<>())) {
            CompletableFuture<byte[]> answer = a.request(id, "never", bytes("x"), Duration.ofSeconds(60)).toCompletableFuture();
            long killed = System.nanoTime();
            doomed.getLifecycleService().terminate();
            ExecutionException gone = assertThrows(ExecutionException.class, () -> answer.get(30, TimeUnit.SECONDS));
            assertInstanceOf(Cluster.MemberLeftException.class, gone.getCause());
            assertTrue(System.nanoTime() - killed < TimeUnit.SECONDS.toNanos(30));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (changes.stream().noneMatch(change -> change.left().contains(id)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(changes.stream().anyMatch(change -> change.left().equals(Set.of(id))), changes.toString());
            assertFalse(a.members().contains(id));
        }
    }

    @Test
    void aFailedResponderAnswersAFailure() {
        HazelcastCluster a = CLUSTERS.get(0);
        HazelcastCluster b = CLUSTERS.get(1);
        try (Cluster.Subscription served = b.serve("broken", request -> {
            throw new IllegalStateException("secret detail");
        })) {
            ExecutionException failed = assertThrows(ExecutionException.class,
                    () -> a.request(b.localMember(), "broken", bytes("x"), Duration.ofSeconds(5)).toCompletableFuture().get(10, TimeUnit.SECONDS));
            assertFalse(failed.getCause().getMessage().contains("secret"), failed.getCause().getMessage());
        }
    }

    @Test
    void aPublishedMessageReachesEverySubscriberInOrder() throws Exception {
        List<List<String>> received = List.of(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        List<Cluster.Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<String> mine = received.get(i);
            subscriptions.add(CLUSTERS.get(i).subscribe("news", message -> mine.add(text(message))));
        }
        for (int n = 0; n < 20; n++) {
            CLUSTERS.get(1).publish("news", bytes("m" + n));
        }
        List<String> expected = new ArrayList<>();
        for (int n = 0; n < 20; n++) {
            expected.add("m" + n);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (received.stream().anyMatch(list -> list.size() < 20) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        subscriptions.forEach(Cluster.Subscription::close);
        for (List<String> list : received) {
            assertEquals(expected, list);
        }
    }

    @Test
    void theSharedMapSwapsOnlyTheExpectedBytesAndExpiresEntries() throws Exception {
        SharedMap onA = CLUSTERS.get(0).map("test-map");
        SharedMap onB = CLUSTERS.get(1).map("test-map");
        assertTrue(onA.putIfAbsent("k", bytes("1"), SharedMap.FOREVER));
        assertFalse(onB.putIfAbsent("k", bytes("2"), SharedMap.FOREVER));
        assertFalse(onB.replace("k", bytes("2"), bytes("3"), SharedMap.FOREVER));
        assertTrue(onB.replace("k", bytes("1"), bytes("3"), SharedMap.FOREVER));
        assertArrayEquals(bytes("3"), onA.get("k").orElseThrow());
        assertEquals(Set.of("k"), onA.entries().keySet());
        assertTrue(onA.remove("k"));
        assertFalse(onB.remove("k"));

        onA.put("short", bytes("x"), Duration.ofSeconds(1));
        assertTrue(onB.get("short").isPresent());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (onB.get("short").isPresent() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(onB.get("short").isEmpty());
    }
}
