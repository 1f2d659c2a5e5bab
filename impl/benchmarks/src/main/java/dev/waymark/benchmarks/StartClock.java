package dev.waymark.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The start-up clock of the peer benchmark ({@code peers.sh}): starts a server command
 * {@code count} times, one after the other, and for each start prints the milliseconds from
 * starting the process to the first {@code 200} answer to {@code GET PATH} on
 * {@code 127.0.0.1:PORT} (polled every millisecond), and the process's resident memory
 * ({@code VmRSS}) in kB at that moment; then it stops the process (SIGTERM), as it does when it is
 * stopped itself.
 *
 * <pre>
 * java -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.StartClock COUNT PORT PATH LOG COMMAND...
 * </pre>
 *
 * <p>The server's output is appended to {@code LOG}. Each line printed is {@code MILLIS RSS_KB}.
 */
public final class StartClock {

    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(120);

    private StartClock() {
    }

    /**
     * Runs the starts.
     *
     * @param args the number of starts, the port, the path, the log file and the server command
     * @throws Exception if a server does not answer 200 in 120 s, or exits
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: StartClock COUNT PORT PATH LOG COMMAND...");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        int port = Integer.parseInt(args[1]);
        byte[] request = ("GET " + args[2] + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        File log = new File(args[3]);
        List<String> command = Arrays.asList(args).subList(4, args.length);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().children().forEach(ProcessHandle::destroy),
                "start-clock-shutdown"));
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                    .start();
            try {
                while (!answers200(port, request)) {
                    if (!server.isAlive() || System.nanoTime() - start > TIMEOUT_NANOS) {
                        throw new IllegalStateException("no 200 from " + String.join(" ", command) + "; see " + log);
                    }
                    Thread.sleep(1);
                }
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                System.out.println(millis + " " + rssKb(server.pid()));
            } finally {
                stop(server);
            }
        }
    }

    private static boolean answers200(int port, byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] status = in.readNBytes(12);
            return new String(status, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200");
        } catch (IOException e) {
            return false;
        }
    }

    private static long rssKb(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                .findFirst().orElse(-1);
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(20, TimeUnit.SECONDS)) {
            server.destroyForcibly().waitFor();
        }
    }
}
