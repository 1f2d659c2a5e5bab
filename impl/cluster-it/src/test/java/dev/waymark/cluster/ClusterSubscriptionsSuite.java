package dev.waymark.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** GraphQL subscription events published on one node reach the subscribers of the others. */
abstract class ClusterSubscriptionsSuite extends ThreeNodeSuite {

    private String mutate(int node, String text) throws Exception {
        return nodes.send(node, "POST", "/c/graphql", null, "{\"query\":\"mutation { addNote(text: \\\"" + text + "\\\") { node } }\"}")
                .body();
    }

    @Test
    void aMutationOnOneNodeReachesASubscriberOnAnotherInOrder() throws Exception {
        try (Socket onA = nodes.connect(0, "/c/graphql", "graphql-transport-ws")) {
            onA.send("{\"type\":\"connection_init\"}");
            assertTrue(onA.next().contains("connection_ack"));
            onA.send("{\"id\":\"s1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription { noteAdded { text node } }\"}}");
            String first = null;
            for (int attempt = 0; attempt < 40 && first == null; attempt++) {
                String answer = mutate(1, "probe " + attempt);
                assertTrue(answer.contains("\"node\""), answer);
                first = onA.poll(250);
            }
            assertNotNull(first, "no event reached the subscriber on A");
            while (onA.poll(500) != null) {
                continue;
            }
            List<String> sent = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                sent.add("note " + n);
                mutate(1, "note " + n);
            }
            List<String> received = new ArrayList<>();
            for (int n = 0; n < 10; n++) {
                String next = onA.next();
                assertTrue(next.contains("\"type\":\"next\""), next);
                received.add(next.replaceAll(".*\"text\":\"([^\"]*)\".*", "$1"));
            }
            assertEquals(sent, received, "each event once, in the order node B published them");
        }
    }
}
