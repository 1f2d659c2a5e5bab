package dev.waymark.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** A rate limit holds for the cluster, whichever node a request reaches. */
abstract class ClusterRateLimitSuite extends ThreeNodeSuite {

    @Test
    void thirtyRequestsRoundRobinAgainstTenAMinutePassTenTimes() throws Exception {
        Map<Integer, Integer> statuses = new HashMap<>();
        Set<String> servedBy = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            HttpResponse<String> answer = nodes.get(i % 3, "/c/limited");
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            if (answer.statusCode() == 200) {
                servedBy.add(answer.body());
            }
        }
        assertEquals(Map.of(200, 10, 429, 20), statuses);
        assertEquals(3, servedBy.size(), "every node served some of the ten");
    }

    @Test
    void sixtyConcurrentRequestsOverThreeNodesPassTenTimes() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(30);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int node = i % 3;
                answers.add(clients.submit(() -> nodes.get(node, "/c/limited-by-client", "X-Client", "concurrent").statusCode()));
            }
            Map<Integer, Integer> statuses = new HashMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(), 1, Integer::sum);
            }
            assertEquals(Map.of(200, 10, 429, 50), statuses);
        } finally {
            clients.shutdownNow();
        }
    }
}
