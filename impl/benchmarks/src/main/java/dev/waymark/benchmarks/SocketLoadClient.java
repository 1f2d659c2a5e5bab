package dev.waymark.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The client of the WebSocket benchmark: opens N connections to a {@link SocketLoadServer} (at most
 * 200 handshakes at once), reads the server's used heap before and after, then asks the server to
 * broadcast a message of B bytes ROUNDS times and measures, for each, the server's time in the
 * broadcast call and the time until every connection has received the message. With the system
 * property {@code socket.nodes} (base URLs, comma separated), the connections are spread over those
 * nodes of a cluster, and the broadcast is still asked of the first URL.
 *
 * <pre>
 * java -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.SocketLoadClient http://127.0.0.1:PORT/ [N] [B] [ROUNDS]
 * </pre>
 */
public final class SocketLoadClient {

    private SocketLoadClient() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the server's URL, then optionally the number of connections (10000), the message
     *        size (1024) and the rounds (5)
     * @throws Exception if a step fails
     */
    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int bytes = args.length > 2 ? Integer.parseInt(args[2]) : 1024;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        HttpClient http = HttpClient.newHttpClient();
        String before = http.send(HttpRequest.newBuilder(base.resolve("heap")).build(), HttpResponse.BodyHandlers.ofString()).body();
        System.out.println("before: " + before);

        CountDownLatch[] received = {new CountDownLatch(count)};
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            clients.add(HttpClient.newHttpClient());
        }
        Semaphore handshakes = new Semaphore(200);
        List<CompletableFuture<WebSocket>> sockets = new ArrayList<>();
        List<URI> nodes = new ArrayList<>();
        for (String node : System.getProperty("socket.nodes", base.toString()).split(",")) {
            nodes.add(URI.create(node.strip().replaceFirst("^http", "ws") + "ws"));
        }
        long opening = System.nanoTime();
        for (int i = 0; i < count; i++) {
            handshakes.acquire();
            sockets.add(clients.get(i % clients.size()).newWebSocketBuilder().buildAsync(nodes.get(i % nodes.size()), new WebSocket.Listener() {
                private int length;

                @Override
                public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                    length += data.length();
                    if (last) {
                        if (length == bytes) {
                            received[0].countDown();
                        }
                        length = 0;
                    }
                    socket.request(1);
                    return null;
                }
            }).whenComplete((socket, error) -> handshakes.release()));
        }
        CompletableFuture.allOf(sockets.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        System.out.printf("opened %d connections in %.1f s%n", count, (System.nanoTime() - opening) / 1e9);
        String after = http.send(HttpRequest.newBuilder(base.resolve("heap")).build(), HttpResponse.BodyHandlers.ofString()).body();
        System.out.println("with connections: " + after);

        for (int round = 1; round <= rounds; round++) {
            received[0] = new CountDownLatch(count);
            long start = System.nanoTime();
            String answer = http.send(HttpRequest.newBuilder(base.resolve("broadcast?bytes=" + bytes)).POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            boolean all = received[0].await(60, TimeUnit.SECONDS);
            System.out.printf("round %d: server %s, every client had it after %.1f ms%s%n", round, answer,
                    (System.nanoTime() - start) / 1e6, all ? "" : " (NOT ALL: " + received[0].getCount() + " missing)");
            Thread.sleep(500);
        }
        for (CompletableFuture<WebSocket> socket : sockets) {
            socket.join().abort();
        }
    }
}
