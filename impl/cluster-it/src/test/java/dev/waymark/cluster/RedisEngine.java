package dev.waymark.cluster;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A {@code redis-server} of the test's own on a free port of 127.0.0.1, without persistence, which
 * every node uses. Where Debian's {@code redis-server} is not installed, the tests on Redis are
 * skipped; CI installs it.
 */
final class RedisEngine implements Engine {

    private final Process server;
    private final int port;

    RedisEngine() throws Exception {
        Assumptions.assumeTrue(installed(), "redis-server is not installed (Debian package redis-server)");
        port = Nodes.freePort();
        Path log = Files.createTempFile("redis-", ".log");
        server = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "",
                "--appendonly", "no").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!answersPing()) {
            if (System.nanoTime() > deadline || !server.isAlive()) {
                server.destroyForcibly();
                throw new AssertionError("redis-server did not start:\n" + Files.readString(log));
            }
            Thread.sleep(50);
        }
        Files.deleteIfExists(log);
    }

    private static boolean installed() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, "redis-server"))) {
                return true;
            }
        }
        return false;
    }

    private boolean answersPing() {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[7];
            int read = in.read(answer);
            return read > 0 && new String(answer, 0, read, StandardCharsets.US_ASCII).startsWith("+PONG");
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public List<String> properties(int node) {
        return List.of("-Dwaymark.cluster.engine=redis", "-Dwaymark.cluster.redis-url=redis://127.0.0.1:" + port,
                "-Dwaymark.cluster.heartbeat=500ms");
    }

    @Override
    public void close() throws Exception {
        server.destroy();
        if (!server.waitFor(10, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }
}
