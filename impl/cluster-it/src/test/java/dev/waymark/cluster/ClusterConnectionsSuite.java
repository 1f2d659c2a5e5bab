package dev.waymark.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A connection held by one node, reached through the others; and the connections of a node that dies. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ClusterConnectionsSuite extends ThreeNodeSuite {

    private long disconnects(int node, String connectionId) throws Exception {
        return Long.parseLong(nodes.get(node, "/c/disconnects/" + connectionId).body());
    }

    private long awaitDisconnects(int node, String connectionId, long expected) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        long seen = disconnects(node, connectionId);
        while (seen < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            seen = disconnects(node, connectionId);
        }
        return seen;
    }

    @Test
    @Order(1)
    void aConnectionOnOneNodeIsSentToDescribedAndClosedThroughTheOthers() throws Exception {
        try (Socket onA = nodes.connect(0)) {
            String id = onA.id();
            assertEquals(204, nodes.send(1, "POST", "/ws/@connections/" + id, "hello from B").statusCode());
            assertEquals("hello from B", onA.next());

            HttpResponse<String> described = nodes.get(2, "/ws/@connections/" + id);
            assertEquals(200, described.statusCode(), described.body());
            assertTrue(described.body().contains("\"connectionId\":\"" + id + "\"") && described.body().contains("\"api\":\"sockets\""),
                    described.body());

            assertEquals(204, nodes.send(1, "DELETE", "/ws/@connections/" + id, null).statusCode());
            assertTrue(onA.closedByServer());
            assertEquals(1, awaitDisconnects(2, id, 1));

            for (int node = 0; node < 3; node++) {
                HttpResponse<String> gone = nodes.send(node, "POST", "/ws/@connections/" + id, "too late");
                assertEquals(410, gone.statusCode(), gone.body());
                assertTrue(gone.body().contains("connection-gone"), gone.body());
            }
            assertEquals(1, disconnects(0, id), "$disconnect ran once");
        }
    }

    @Test
    @Order(2)
    void anIdNoNodeHoldsIsGoneEverywhere() throws Exception {
        for (int node = 0; node < 3; node++) {
            assertEquals(410, nodes.send(node, "POST", "/ws/@connections/no-such-connection", "x").statusCode());
            assertEquals(410, nodes.get(node, "/ws/@connections/no-such-connection").statusCode());
            assertEquals(410, nodes.send(node, "DELETE", "/ws/@connections/no-such-connection", null).statusCode());
        }
    }

    @Test
    @Order(3)
    void aBroadcastFromOneNodeReachesEveryConnectionOnceAndCountsThemAll() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int node : new int[] {0, 0, 1, 2, 2}) {
                sockets.add(nodes.connect(node));
            }
            HttpResponse<String> count = nodes.send(2, "POST", "/c/broadcast", "news");
            assertEquals(200, count.statusCode(), count.body());
            assertEquals("5", count.body());
            for (Socket socket : sockets) {
                assertEquals("news", socket.next());
                assertNull(socket.poll(300), "one copy only");
            }
        } finally {
            sockets.forEach(Socket::close);
        }
    }

    @Test
    @Order(4)
    void theConnectionsOfANodeThatIsKilledAreGoneWithinTenSecondsEachDisconnectedOnce() throws Exception {
        Socket first = nodes.connect(0);
        Socket second = nodes.connect(0);
        Socket survivor = nodes.connect(1);
        long killed = System.nanoTime();
        nodes.kill(0);
        for (String id : List.of(first.id(), second.id())) {
            assertEquals(1, awaitDisconnects(1, id, 1), "the $disconnect of " + id);
            assertEquals(410, nodes.get(2, "/ws/@connections/" + id).statusCode());
        }
        assertTrue(System.nanoTime() - killed < 10_000_000_000L, "within 10 s");
        Thread.sleep(1000);
        for (String id : List.of(first.id(), second.id())) {
            assertEquals(1, disconnects(2, id), "at most one $disconnect for " + id);
        }
        assertEquals(200, nodes.get(2, "/ws/@connections/" + survivor.id()).statusCode());
        assertEquals("1", nodes.get(1, "/c/connection-records").body(), "only the survivor's connection is left");
        survivor.close();
    }
}
