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
import java.util.Locale;
import java.util.function.Function;

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
     * @return the status code and the body, de-chunked (the TCK reads bodies only from short answers)
     */
    public RawResponse rawGet(String rawTarget) {
        return overSocket(target -> "GET " + target.path() + rawTarget + " HTTP/1.1\r\nHost: " + target.authority()
                + "\r\nConnection: close\r\n\r\n", false, "GET " + rawTarget);
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
        return overSocket(target -> method + " " + target.path() + rawPath + " HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close\r\n\r\n", false, method + " " + rawPath + " for host " + host);
    }

    /**
     * Sends a request whose body ends before its framing says it does: the head, then part of the
     * body, then the end of the client's output (the connection half-closed, as by a client that
     * gave up), and reads whatever answer comes.
     *
     * @param rawPath the path below the deployment
     * @param head the request's header fields besides {@code Host} and {@code Connection}, each
     *        ending in CRLF (a {@code Content-Length} or {@code Transfer-Encoding})
     * @param partialBody the bytes of the body that are sent
     * @return the status code ({@code -1} when the server closed without an answer) and the body
     */
    public RawResponse truncated(String rawPath, String head, String partialBody) {
        return overSocket(target -> "POST " + target.path() + rawPath + " HTTP/1.1\r\nHost: " + target.authority()
                + "\r\nConnection: close\r\n" + head + "\r\n" + partialBody, true, "POST " + rawPath + " with a truncated body");
    }

    /** Where the deployment is: its host and port, and its path without the trailing {@code /}. */
    private record SocketTarget(String host, int port, String path) {

        String authority() {
            return host + ":" + port;
        }
    }

    /**
     * Writes a request over a new connection to the deployment's address and reads the answer to
     * the end of the connection.
     *
     * @param request the request's bytes, given where the deployment is
     * @param halfClose whether to end the client's output after the request
     * @param what the request, for the failure's message
     * @return the status ({@code -1} without an answer) and the body, de-chunked
     */
    private RawResponse overSocket(Function<SocketTarget, String> request, boolean halfClose, String what) {
        URI root = URI.create(base + "/");
        SocketTarget target = new SocketTarget(root.getHost(), root.getPort() < 0 ? 80 : root.getPort(),
                root.getRawPath().substring(0, root.getRawPath().length() - 1));
        try (Socket socket = new Socket(target.host(), target.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.apply(target).getBytes(StandardCharsets.US_ASCII));
            if (halfClose) {
                socket.shutdownOutput();
            }
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String[] statusLine = answer.split("\r\n", 2)[0].split(" ");
            int headersEnd = answer.indexOf("\r\n\r\n");
            String head = headersEnd < 0 ? answer : answer.substring(0, headersEnd);
            String body = headersEnd < 0 ? "" : answer.substring(headersEnd + 4);
            boolean chunked = head.toLowerCase(Locale.ROOT).contains("\r\ntransfer-encoding: chunked");
            return new RawResponse(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1, chunked ? dechunk(body) : body);
        } catch (IOException e) {
            throw new UncheckedIOException(what + " failed", e);
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
     * @param status the status code, {@code -1} if none came
     * @param body the body, de-chunked
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
