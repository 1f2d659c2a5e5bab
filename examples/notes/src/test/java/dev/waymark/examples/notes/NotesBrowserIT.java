package dev.waymark.examples.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;

import dev.waymark.server.Waymark;

/**
 * The notes API's CORS policy in a real browser: Playwright drives Debian's headless Chromium
 * ({@code src/test/browser/cors-check.mjs}) on pages of an allowed and of another origin. Runs in
 * the {@code browser} profile, which is on where {@code /usr/bin/chromium} exists.
 */
class NotesBrowserIT {

    @Test
    void browserAllowsTheWebOriginAndBlocksTheRest() throws Exception {
        HttpServer allowedPages = pages();
        HttpServer otherPages = pages();
        String allowedOrigin = "http://localhost:" + allowedPages.getAddress().getPort();
        Path data = Files.createTempDirectory(Path.of("target"), "notes-browser-db");
        System.setProperty("notes.jdbc.url", "jdbc:h2:" + data.toAbsolutePath().resolve("notes"));
        System.setProperty("waymark.api.notes.cors.allow-origins", allowedOrigin);
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).start()) {
            ProcessBuilder check = new ProcessBuilder("node", "cors-check.mjs")
                    .directory(Path.of("src", "test", "browser").toFile())
                    .redirectErrorStream(true);
            String api = server.uri().toString().replaceAll("/$", "");
            check.environment().put("API", api);
            check.environment().put("ALLOWED_PAGE", allowedOrigin + "/");
            check.environment().put("OTHER_PAGE", "http://127.0.0.1:" + otherPages.getAddress().getPort() + "/");
            check.environment().put("TOKEN", DevTokens.token("alice", "notes:write"));
            Process browser = check.start();
            String output = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(browser.waitFor(120, TimeUnit.SECONDS), output);
            System.out.println(output);
            assertEquals(0, browser.exitValue(), output);
            String notes = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api + "/notes")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(notes.contains("written from a browser"), notes);
            assertFalse(notes.contains("must not be written"), notes);
        } finally {
            System.clearProperty("waymark.api.notes.cors.allow-origins");
            allowedPages.stop(0);
            otherPages.stop(0);
        }
    }

    /** A server of one empty page, on the loopback address and a free port. */
    private static HttpServer pages() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = "<!doctype html><title>notes web app</title>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        return server;
    }
}
