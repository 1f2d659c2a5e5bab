package dev.waymark.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.waymark.RouteTable;
import dev.waymark.auth.Authorize;
import dev.waymark.server.Waymark;
import dev.waymark.websocket.ConnectionsEndpoint;
import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketEvent;
import dev.waymark.websocket.WebSocketRoute;

/**
 * The server of the WebSocket benchmark ({@link SocketLoadClient}): the embedded runtime with one
 * WebSocket API at {@code /ws} and a route table that reports the server's own figures:
 * {@code GET /heap} (used heap after a full GC, in bytes) and {@code POST /broadcast?bytes=N} (sends
 * one text message of N bytes to every open connection through {@code Connections} and answers
 * how many, how long the broadcast call took and the CPU time the server's process spent meanwhile,
 * in microseconds).
 *
 * <pre>
 * java -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.SocketLoadServer [port] [maxSeconds]
 * </pre>
 */
public final class SocketLoadServer {

    /**
     * A WebSocket API that keeps its connections open, tells a connection its id, and serves
     * {@code /ws/@connections/{id}} without an authorizer, for the cluster benchmark
     * ({@link ClusterSendLatency}).
     */
    @WebSocketApi(path = "/ws")
    @ConnectionsEndpoint(authorizer = Authorize.NONE)
    public static class SocketApi {

        /**
         * Answers a ping.
         *
         * @return the answer
         */
        @WebSocketRoute("ping")
        public String ping() {
            return "pong";
        }

        /**
         * Answers the connection's id.
         *
         * @param event the message's event
         * @return the id
         */
        @WebSocketRoute("whoami")
        public String whoami(WebSocketEvent event) {
            return event.connectionId();
        }
    }

    private SocketLoadServer() {
    }

    /**
     * Starts the server.
     *
     * @param args optionally the port (default 0) and the longest time to serve in seconds (default 1800)
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        long maxSeconds = args.length > 1 ? Long.parseLong(args[1]) : 1800;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        com.sun.management.OperatingSystemMXBean processCpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        Waymark[] server = new Waymark[1];
        RouteTable figures = RouteTable.create("figures")
                .add("GET /heap", (request, response) -> {
                    for (int i = 0; i < 3; i++) {
                        System.gc();
                        Thread.sleep(200);
                    }
                    return Map.of("usedHeap", memory.getHeapMemoryUsage().getUsed(), "connections", server[0].connections().list().size());
                })
                .add("POST /broadcast", (request, response) -> {
                    String message = "x".repeat(Integer.parseInt(request.query("bytes").orElse("1024")));
                    long cpu = processCpu.getProcessCpuTime();
                    long start = System.nanoTime();
                    int sent = server[0].connections().broadcast(message, connection -> true);
                    long micros = (System.nanoTime() - start) / 1000;
                    return Map.of("sent", sent, "micros", micros, "cpuMicros", (processCpu.getProcessCpuTime() - cpu) / 1000);
                });
        server[0] = Waymark.builder().host("127.0.0.1").port(port).beanClasses(List.of(SocketApi.class)).api(figures).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server[0].close();
            stopped.countDown();
        }, "socket-load-server-shutdown"));
        System.out.println("server " + server[0].uri());
        System.out.println("ready");
        System.out.flush();
        if (!stopped.await(maxSeconds, TimeUnit.SECONDS)) {
            System.exit(0);
        }
    }
}
