package dev.waymark.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client's WebSocket connection to a node, with the messages it received. */
final class Socket implements AutoCloseable {

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private WebSocket socket;
    private String id;

    private Socket() {
    }

    static Socket open(HttpClient client, URI uri) throws Exception {
        Socket opened = new Socket();
        opened.socket = client.newWebSocketBuilder().buildAsync(uri, opened.listener()).get(10, TimeUnit.SECONDS);
        opened.send("{\"action\":\"whoami\"}");
        opened.id = opened.next().split(" ")[0];
        return opened;
    }

    static Socket open(HttpClient client, URI uri, String subprotocol) throws Exception {
        Socket opened = new Socket();
        opened.socket = client.newWebSocketBuilder().subprotocols(subprotocol).buildAsync(uri, opened.listener()).get(10, TimeUnit.SECONDS);
        return opened;
    }

    /** Sends a text message. */
    void send(String text) throws Exception {
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
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

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.complete(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.complete(-1);
            }
        };
    }

    /** The connection's id, as the server named it. */
    String id() {
        return id;
    }

    /** The next message received, waiting up to 10 s. */
    String next() throws InterruptedException {
        String message = received.poll(10, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("No message within 10 s");
        }
        return message;
    }

    /** A message received within a short time, or null. */
    String poll(long millis) throws InterruptedException {
        return received.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** Whether the server closed the connection within 10 s. */
    boolean closedByServer() throws Exception {
        return closed.get(10, TimeUnit.SECONDS) != null;
    }

    @Override
    public void close() {
        socket.abort();
    }
}
