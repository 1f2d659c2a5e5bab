package dev.waymark.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** Requests written byte for byte to a socket, and what comes back until the server closes. */
final class RawHttp {

    private RawHttp() {
    }

    /** What the server sent, and whether it closed the connection within the wait. */
    record Exchange(String text, boolean closed, long millis) {

        int answers() {
            return text.split("HTTP/1\\.1 \\d{3} ", -1).length - 1;
        }

        boolean startsWith(String prefix) {
            return text.startsWith(prefix);
        }
    }

    static Exchange send(int port, String request, long waitMillis) throws IOException {
        return send(port, request.getBytes(StandardCharsets.ISO_8859_1), waitMillis);
    }

    static Exchange send(int port, byte[] request, long waitMillis) throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout((int) waitMillis);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream(), started);
        }
    }

    static Exchange readAll(InputStream in, long started) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        boolean closed;
        try {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                received.write(buffer, 0, read);
            }
            closed = true;
        } catch (SocketTimeoutException e) {
            closed = false;
        } catch (java.net.SocketException e) {
            closed = true;
        }
        return new Exchange(received.toString(StandardCharsets.ISO_8859_1), closed, (System.nanoTime() - started) / 1_000_000);
    }
}
