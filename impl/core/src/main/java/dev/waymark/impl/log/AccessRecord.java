package dev.waymark.impl.log;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * What the access log says about one request: filled in as the request is served, written once
 * when its response is complete.
 */
public final class AccessRecord {

    /** The response header that carries the request id. */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    /** The request property, or attribute, under which a container adapter puts the client address. */
    public static final String SOURCE_IP = "dev.waymark.source-ip";

    /** The request property, or attribute, under which a container adapter puts the protocol, such as {@code HTTP/1.1}. */
    public static final String PROTOCOL = "dev.waymark.protocol";

    private static final Pattern VALID_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private final String requestId;
    private final String sourceIp;
    private final long startMillis = System.currentTimeMillis();
    private final long startNanos = System.nanoTime();
    private final String method;
    private final String path;
    private final String protocol;
    private final String userAgent;
    private final String host;
    private volatile String routeKey = "-";
    private volatile String api = "-";
    private volatile AccessLogFormat format;
    private volatile int status;
    private volatile long responseLength = -1;
    private volatile long latencyMillis = -1;

    /**
     * Starts the record of a request.
     *
     * @param incomingId the request id the client or a proxy sent, if ids are taken from a header; may be null
     * @param sourceIp the client address, or null if the container did not say
     * @param method the request method
     * @param path the request path as sent
     * @param protocol the protocol, or null
     * @param userAgent the {@code User-Agent} header, or null
     * @param host the {@code Host} header, or null
     */
    public AccessRecord(String incomingId, String sourceIp, String method, String path, String protocol, String userAgent, String host) {
        this.requestId = incomingId != null && VALID_ID.matcher(incomingId).matches() ? incomingId : newId();
        this.sourceIp = sourceIp == null ? "-" : sourceIp;
        this.method = method;
        this.path = path;
        this.protocol = protocol == null ? "-" : protocol;
        this.userAgent = userAgent == null ? "-" : userAgent;
        this.host = host == null ? "-" : host;
    }

    /** A random id in the shape of a UUID, from a fast non-blocking source. */
    private static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new java.util.UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L)
                .toString();
    }

    /**
     * Records the route that took the request.
     *
     * @param key the route key
     * @param apiName the API's name
     * @param lineFormat the route's access log format
     */
    public void route(String key, String apiName, AccessLogFormat lineFormat) {
        this.routeKey = key;
        this.api = apiName;
        this.format = lineFormat;
    }

    /**
     * Records the response status; the latency is measured now.
     *
     * @param code the status
     */
    public void status(int code) {
        this.status = code;
        this.latencyMillis = (System.nanoTime() - startNanos) / 1_000_000;
    }

    /**
     * Records the number of body bytes sent.
     *
     * @param bytes the length
     */
    public void responseLength(long bytes) {
        this.responseLength = bytes;
    }

    /** @return the request id */
    public String requestId() {
        return requestId;
    }

    /** @return the client address, or {@code -} */
    public String sourceIp() {
        return sourceIp;
    }

    long startMillis() {
        return startMillis;
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    String protocol() {
        return protocol;
    }

    String userAgent() {
        return userAgent;
    }

    String host() {
        return host;
    }

    String routeKey() {
        return routeKey;
    }

    String api() {
        return api;
    }

    /** @return the route's format, or null if no route took the request */
    AccessLogFormat format() {
        return format;
    }

    int statusCode() {
        return status;
    }

    long length() {
        return responseLength;
    }

    long latencyMillis() {
        return latencyMillis;
    }

    /** @return the method, the path as sent and the request id, to name the request in a message */
    @Override
    public String toString() {
        return method + " " + path + " (request " + requestId + ")";
    }
}
