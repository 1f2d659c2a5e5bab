package dev.waymark.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests of a training run ({@code waymark.exit-after}): a {@code GET} of each path, sent
 * by the server to itself, so that a class-data archive made of the run holds the classes that
 * serving those requests loads as well as those of start-up.
 */
final class StartupRequests {

    private StartupRequests() {
    }

    /**
     * Sends the requests one after the other; a request that fails does not stop the others.
     *
     * @param server the server's URL
     * @param paths comma-separated paths, such as {@code /notes,/health}; blank for none
     * @return a line for each request, such as {@code GET /notes: 200}
     */
    static List<String> send(URI server, String paths) {
        List<String> sent = new ArrayList<>();
        for (String path : paths.split(",")) {
            String trimmed = path.strip();
            if (!trimmed.isEmpty()) {
                sent.add("GET " + trimmed + ": " + get(server.resolve(trimmed)));
            }
        }
        return sent;
    }

    private static String get(URI target) {
        try {
            HttpURLConnection connection = (HttpURLConnection) target.toURL().openConnection();
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(60_000);
            connection.setRequestProperty("Connection", "close");
            int status = connection.getResponseCode();
            try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (body != null) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            connection.disconnect();
            return String.valueOf(status);
        } catch (IOException | IllegalArgumentException e) {
            return "failed: " + e;
        }
    }
}
