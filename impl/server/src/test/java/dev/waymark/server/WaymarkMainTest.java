package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class WaymarkMainTest {

    private static final Pattern SERVING = Pattern.compile("Waymark serving on (http://\\S+)");

    @Test
    void mainServesDiscoveredApisAndSigtermLetsRequestsInFlightFinish() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Dwaymark.port=0", "-Dwaymark.host=127.0.0.1",
                "-cp", System.getProperty("java.class.path"), Waymark.class.getName())
                .redirectErrorStream(true)
                .start();
        try {
            URI uri = awaitStart(new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
            HttpClient client = HttpClient.newHttpClient();
            CompletableFuture<HttpResponse<String>> inFlight = client.sendAsync(
                    HttpRequest.newBuilder(uri.resolve("slow/sleep?ms=1500")).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            process.destroy();
            HttpResponse<String> response = inFlight.get(20, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
            assertEquals("slept 1500", response.body());
            assertTrue(process.waitFor(20, TimeUnit.SECONDS), "the server stops after SIGTERM");
        } finally {
            process.destroyForcibly();
        }
    }

    private static URI awaitStart(BufferedReader output) throws Exception {
        CompletableFuture<URI> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    Matcher matcher = SERVING.matcher(line);
                    if (matcher.find()) {
                        started.complete(URI.create(matcher.group(1)));
                    }
                }
                started.completeExceptionally(new IllegalStateException("the server exited before serving"));
            } catch (Exception e) {
                started.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return started.get(60, TimeUnit.SECONDS);
    }
}
