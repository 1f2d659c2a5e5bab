package dev.waymark.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The latency of {@code POST /ws/@connections/{id}}, from the request's start to the message's
 * arrival at the client, for a connection held by the node the request reaches and for one held by
 * another node of the cluster: two {@link SocketLoadServer}s of one cluster. Rounds alternate the
 * two, so both see the same moments of a shared machine.
 *
 * <pre>
 * java -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.ClusterSendLatency http://127.0.0.1:18971/ http://127.0.0.1:18972/ 5000
 * </pre>
 */
public final class ClusterSendLatency {

    private ClusterSendLatency() {
    }

    /**
     * Measures and prints the percentiles.
     *
     * @param args the URL of the node that holds the connection, the URL of another node, and how many sends of each kind
     * @throws Exception if a request fails
     */
    public static void main(String[] args) throws Exception {
        URI holder = URI.create(args[0]);
        URI other = URI.create(args[1]);
        int count = Integer.parseInt(args[2]);
        HttpClient client = HttpClient.newHttpClient();
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        WebSocket socket = client.newWebSocketBuilder().buildAsync(URI.create(holder.toString().replace("http:", "ws:")).resolve("/ws"),
                new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            received.add(text.toString());
                            text.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        socket.sendText("{\"action\":\"whoami\"}", true).get();
        String id = received.poll(10, TimeUnit.SECONDS);
        long[] same = new long[count];
        long[] cross = new long[count];
        for (int warmup = 0; warmup < Math.min(2000, count); warmup++) {
            send(client, holder, id, received);
            send(client, other, id, received);
        }
        for (int i = 0; i < count; i++) {
            same[i] = send(client, holder, id, received);
            cross[i] = send(client, other, id, received);
        }
        socket.abort();
        Arrays.sort(same);
        Arrays.sort(cross);
        System.out.printf("same node:  p50 %.0f us, p99 %.0f us%n", micros(same, 0.50), micros(same, 0.99));
        System.out.printf("cross node: p50 %.0f us, p99 %.0f us%n", micros(cross, 0.50), micros(cross, 0.99));
        System.out.printf("cross / same: p50 %.2f, p99 %.2f%n", micros(cross, 0.50) / micros(same, 0.50), micros(cross, 0.99) / micros(same, 0.99));
    }

    private static long send(HttpClient client, URI node, String id, BlockingQueue<String> received) throws Exception {
        String message = Long.toString(System.nanoTime());
        long start = System.nanoTime();
        HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(node.resolve("/ws/@connections/" + id))
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() != 204) {
            throw new IllegalStateException("POST to " + node + " answered " + answer.statusCode());
        }
        while (!message.equals(received.poll(10, TimeUnit.SECONDS))) {
            continue;
        }
        return System.nanoTime() - start;
    }

    private static double micros(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (quantile * sorted.length))] / 1000.0;
    }
}
