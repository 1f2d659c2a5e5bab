package dev.waymark.impl.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.core.NewCookie;

import dev.waymark.ApiResponse;

/** The response a handler builds; {@link ResponseWriter} turns it into the container's response. */
public final class DefaultApiResponse implements ApiResponse {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final String applicationPath;
    private final String requestPath;
    private int status = 200;
    private boolean statusSet;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>(2);
    private final List<NewCookie> cookies = new ArrayList<>(1);
    private volatile boolean sent;
    private final CompletableFuture<Void> sentSignal = new CompletableFuture<>();
    private Object body;
    private boolean json;

    /**
     * Creates a response.
     *
     * @param applicationPath the raw path of the application's root, without a trailing slash;
     *        redirect targets that start with a single {@code /} are resolved under it
     * @param requestPath the raw request path, relative to the application; other relative
     *        redirect targets are resolved against it
     */
    public DefaultApiResponse(String applicationPath, String requestPath) {
        this.applicationPath = applicationPath;
        this.requestPath = requestPath;
    }

    @Override
    public ApiResponse status(int code) {
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException("Invalid HTTP status " + code + ": it must be between 100 and 599");
        }
        this.status = code;
        this.statusSet = true;
        return this;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public ApiResponse header(String name, String value) {
        if (name == null || name.isEmpty() || !isToken(name)) {
            throw new IllegalArgumentException("Invalid header name '" + name + "'");
        }
        if (value == null || hasControl(value)) {
            throw new IllegalArgumentException("Invalid value for header " + name + ": it must not contain CR, LF or other control characters");
        }
        headers.add(Map.entry(name, value));
        return this;
    }

    @Override
    public ApiResponse cookie(NewCookie cookie) {
        if (cookie == null) {
            throw new IllegalArgumentException("The cookie is null");
        }
        cookies.add(cookie);
        return this;
    }

    @Override
    public void json(Object value) {
        markSent();
        this.body = value;
        this.json = true;
        sentSignal.complete(null);
    }

    @Override
    public void send(Object value) {
        markSent();
        this.body = value;
        this.json = false;
        sentSignal.complete(null);
    }

    @Override
    public void redirect(String location) {
        redirect(307, location);
    }

    @Override
    public void redirect(int code, String location) {
        if (!REDIRECTS.contains(code)) {
            throw new IllegalArgumentException("Invalid redirect status " + code + ": use 301, 302, 303, 307 or 308");
        }
        if (location == null || location.isEmpty() || hasControl(location) || location.indexOf(' ') >= 0) {
            throw new IllegalArgumentException("Invalid redirect target '" + location + "': it must be a URL without white space or control characters");
        }
        markSent();
        status(code);
        headers.add(Map.entry("Location", target(location)));
        sentSignal.complete(null);
    }

    @Override
    public boolean isSent() {
        return sent;
    }

    boolean isStatusSet() {
        return statusSet;
    }

    /**
     * Whether the handler did anything with this response: sent it, or set a status, a header or
     * a cookie.
     *
     * @return {@code true} if it did
     */
    public boolean isTouched() {
        return sent || statusSet || !headers.isEmpty() || !cookies.isEmpty();
    }

    /**
     * Completes when the response is sent, from whatever thread sends it.
     *
     * @return the signal
     */
    public CompletionStage<Void> whenSent() {
        return sentSignal;
    }

    List<Map.Entry<String, String>> headerList() {
        return headers;
    }

    List<NewCookie> cookieList() {
        return cookies;
    }

    Object body() {
        return body;
    }

    boolean isJson() {
        return json;
    }

    /**
     * A redirect target as sent: an application path under the application's root, another
     * relative reference resolved against the request (containers resolve relative locations
     * differently), anything else as given.
     */
    private String target(String location) {
        if (location.startsWith("/") && !location.startsWith("//")) {
            return applicationPath + location;
        }
        URI reference;
        try {
            reference = new URI(location);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Invalid redirect target '" + location + "': " + e.getReason(), e);
        }
        if (reference.isAbsolute() || location.startsWith("//")) {
            return location;
        }
        return URI.create(applicationPath + requestPath).resolve(reference).toString();
    }

    private synchronized void markSent() {
        if (sent) {
            throw new IllegalStateException("The response was already sent");
        }
        sent = true;
    }

    private static boolean hasControl(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    private static boolean isToken(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "()<>@,;:\\\"/[]?={}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
