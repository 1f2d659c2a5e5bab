package dev.waymark.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A small HTTP/1.1 client for the TCK: sends raw paths exactly as written (no normalisation, no
 * re-encoding) to a deployment's base URL.
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final String base;

    private Http(URL base) {
        String text = base.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * A client for a deployment.
     *
     * @param base the deployment's base URL, as Arquillian injects it
     * @return the client
     */
    public static Http at(URL base) {
        return new Http(base);
    }

    /**
     * The URI of a raw path of the deployment.
     *
     * @param rawPath a path starting with {@code /}, sent exactly as written
     * @return the URI
     */
    public URI uri(String rawPath) {
        return URI.create(base + rawPath);
    }

    /**
     * Sends a GET.
     *
     * @param rawPath the path
     * @return the response
     */
    public HttpResponse<String> get(String rawPath) {
        return send(request(rawPath).GET().build());
    }

    /**
     * Sends a GET that must answer 200.
     *
     * @param rawPath the path
     * @return the response body
     */
    public String ok(String rawPath) {
        HttpResponse<String> response = get(rawPath);
        assertEquals(200, response.statusCode(), () -> rawPath + ": " + response.body());
        return response.body();
    }

    /**
     * Sends a request with a method and an optional body.
     *
     * @param method the method
     * @param rawPath the path
     * @param body the body, or null
     * @param headers header names and values, alternating
     * @return the response
     */
    public HttpResponse<String> send(String method, String rawPath, String body, String... headers) {
        HttpRequest.Builder builder = request(rawPath).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    /**
     * Sends a GET over a plain socket, for request targets that {@link URI} refuses (a malformed
     * percent-encoding, say).
     *
     * @param rawTarget the path and query, sent exactly as written
     * @return the status code and the body (which the TCK reads only from short answers)
     */
    public RawResponse rawGet(String rawTarget) {
        URI root = URI.create(base + "/");
        int port = root.getPort() < 0 ? 80 : root.getPort();
        String path = root.getRawPath().substring(0, root.getRawPath().length() - 1);
        try (Socket socket = new Socket(root.getHost(), port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + path + rawTarget + " HTTP/1.1\r\nHost: " + root.getHost() + ":" + port
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String[] statusLine = answer.split("\r\n", 2)[0].split(" ");
            int headersEnd = answer.indexOf("\r\n\r\n");
            return new RawResponse(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1,
                    headersEnd < 0 ? "" : answer.substring(headersEnd + 4));
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + rawTarget + " failed", e);
        }
    }

    /**
     * Sends a request with a chosen {@code Host} header over a plain socket (the JDK client does
     * not let a caller set {@code Host}), to the deployment's address.
     *
     * @param method the method
     * @param rawPath the path below the deployment, sent as written
     * @param host the {@code Host} header
     * @return the status code and the body, de-chunked
     */
    public RawResponse raw(String method, String rawPath, String host) {
        URI root = URI.create(base + "/");
        int port = root.getPort() < 0 ? 80 : root.getPort();
        String path = root.getRawPath().substring(0, root.getRawPath().length() - 1);
        try (Socket socket = new Socket(root.getHost(), port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((method + " " + path + rawPath + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String[] statusLine = answer.split("\r\n", 2)[0].split(" ");
            int headersEnd = answer.indexOf("\r\n\r\n");
            String head = headersEnd < 0 ? answer : answer.substring(0, headersEnd);
            String body = headersEnd < 0 ? "" : answer.substring(headersEnd + 4);
            boolean chunked = head.toLowerCase(java.util.Locale.ROOT).contains("\r\ntransfer-encoding: chunked");
            return new RawResponse(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1, chunked ? dechunk(body) : body);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + rawPath + " for host " + host + " failed", e);
        }
    }

    private static String dechunk(String body) {
        StringBuilder text = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            text.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return text.toString();
    }

    /**
     * An answer read over a plain socket.
     *
     * @param status the status code
     * @param body the body as sent (not de-chunked)
     */
    public record RawResponse(int status, String body) {
    }

    /**
     * A request builder for a raw path, with a timeout.
     *
     * @param rawPath the path
     * @return the builder
     */
    public HttpRequest.Builder request(String rawPath) {
        return HttpRequest.newBuilder(uri(rawPath)).timeout(Duration.ofSeconds(30));
    }

    /**
     * Sends a request.
     *
     * @param request the request
     * @return the response, with the body as text
     */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Request " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a GET and returns as soon as the response head arrives, with the body as a stream,
     * so a test can read a streamed body chunk by chunk.
     *
     * @param rawPath the path
     * @return the response, whose body is read as it arrives
     */
    public HttpResponse<InputStream> stream(String rawPath) {
        HttpRequest request = request(rawPath).build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Request GET " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
