package dev.waymark.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Embedded nodes of one cluster, each a JVM of its own running {@code dev.waymark.server.Waymark}
 * on this module's test class path, on free ports of 127.0.0.1, on one {@link Engine}.
 */
final class Nodes implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final List<Process> processes = new ArrayList<>();
    private final List<URI> uris = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();

    private final Engine engine;

    private Nodes(Engine engine) {
        this.engine = engine;
    }

    /**
     * Starts nodes on an engine and waits until each sees all of them as members.
     *
     * @param count how many
     * @param engine the engine, closed with the nodes
     * @return the nodes
     */
    static Nodes start(int count, Engine engine) throws Exception {
        Nodes nodes = new Nodes(engine);
        String name = "waymark-it-" + UUID.randomUUID();
        try {
            for (int i = 0; i < count; i++) {
                int httpPort = freePort();
                Path log = Files.createTempFile("waymark-node-" + i + "-", ".log");
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                        "-Dwaymark.host=127.0.0.1", "-Dwaymark.port=" + httpPort, "-Dwaymark.access-log.output=none",
                        "-Dwaymark.cluster.name=" + name));
                command.addAll(engine.properties(i));
                command.add("dev.waymark.server.Waymark");
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                nodes.processes.add(process);
                nodes.logs.add(log);
                nodes.uris.add(URI.create("http://127.0.0.1:" + httpPort + "/"));
            }
            for (int i = 0; i < count; i++) {
                nodes.awaitMembers(i, count, Duration.ofSeconds(90));
            }
            return nodes;
        } catch (Exception | AssertionError e) {
            nodes.close();
            throw e;
        }
    }

    private void awaitMembers(int node, int count, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!processes.get(node).isAlive()) {
                throw new AssertionError("Node " + node + " stopped:\n" + Files.readString(logs.get(node)));
            }
            try {
                HttpResponse<String> members = get(node, "/c/members");
                last = members.body();
                if (members.statusCode() == 200 && last.contains("\"count\":" + count)) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Node " + node + " did not see " + count + " members (" + last + "):\n" + Files.readString(logs.get(node)));
    }

    /**
     * Sends a GET to one node.
     *
     * @param node the node's index
     * @param path the path
     * @param headers header names and values
     * @return the answer
     */
    HttpResponse<String> get(int node, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uris.get(node).resolve(path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends a request with a text body to one node.
     *
     * @param node the node's index
     * @param method the method
     * @param path the path
     * @param body the body, or null for none
     * @return the answer
     */
    HttpResponse<String> send(int node, String method, String path, String body) throws IOException, InterruptedException {
        return send(node, method, path, body, null);
    }

    /**
     * Sends a request with a JSON body to one node.
     *
     * @param node the node's index
     * @param method the method
     * @param path the path
     * @param text a text body, or null
     * @param json a JSON body, or null
     * @return the answer
     */
    HttpResponse<String> send(int node, String method, String path, String text, String json) throws IOException, InterruptedException {
        String body = json != null ? json : text;
        HttpRequest request = HttpRequest.newBuilder(uris.get(node).resolve(path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", json != null ? "application/json" : "text/plain").build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens a WebSocket connection to one node's {@code /ws}.
     *
     * @param node the node's index
     * @return the connection, its id known
     */
    Socket connect(int node) throws Exception {
        return Socket.open(CLIENT, URI.create(uris.get(node).toString().replace("http:", "ws:")).resolve("/ws"));
    }

    /**
     * Opens a WebSocket connection to a path of one node, with a subprotocol.
     *
     * @param node the node's index
     * @param path the path
     * @param subprotocol the subprotocol
     * @return the connection
     */
    Socket connect(int node, String path, String subprotocol) throws Exception {
        return Socket.open(CLIENT, URI.create(uris.get(node).toString().replace("http:", "ws:")).resolve(path), subprotocol);
    }

    /**
     * Kills one node as {@code kill -9} would.
     *
     * @param node the node's index
     */
    void kill(int node) throws InterruptedException {
        processes.get(node).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        for (Path log : logs) {
            Files.deleteIfExists(log);
        }
        engine.close();
    }
}
