package dev.waymark;

import java.util.Optional;

/**
 * Per-route settings of a programmatic route, the counterpart of {@link BodyLimit} and
 * {@link ResponseLimit} on a handler method. Immutable: each method returns a new instance. A
 * setting left unset keeps the configured default.
 *
 * <pre>
 * table.add("POST /webhooks/stripe", RouteOptions.defaults().bodyLimit("1mb").parseBody(false),
 *         (request, response) -&gt; verify(request.body(), request.header("Stripe-Signature")));
 * </pre>
 *
 * @since 0.1
 */
public final class RouteOptions {

    private static final RouteOptions DEFAULTS = new RouteOptions(null, true, null, false);

    private final String bodyLimit;
    private final boolean parseBody;
    private final String responseLimit;
    private final boolean strictResponseLimit;

    private RouteOptions(String bodyLimit, boolean parseBody, String responseLimit, boolean strictResponseLimit) {
        this.bodyLimit = bodyLimit;
        this.parseBody = parseBody;
        this.responseLimit = responseLimit;
        this.strictResponseLimit = strictResponseLimit;
    }

    /**
     * Options that keep every default.
     *
     * @return the options
     */
    public static RouteOptions defaults() {
        return DEFAULTS;
    }

    /**
     * With a body limit, as {@link BodyLimit#value()}.
     *
     * @param size such as {@code "500kb"}, or {@value BodyLimit#UNLIMITED}
     * @return new options
     */
    public RouteOptions bodyLimit(String size) {
        return new RouteOptions(size, parseBody, responseLimit, strictResponseLimit);
    }

    /**
     * With body parsing on or off, as {@link BodyLimit#parse()}.
     *
     * @param parse {@code false} for the raw bytes or stream
     * @return new options
     */
    public RouteOptions parseBody(boolean parse) {
        return new RouteOptions(bodyLimit, parse, responseLimit, strictResponseLimit);
    }

    /**
     * With a response limit, as {@link ResponseLimit#value()}.
     *
     * @param size such as {@code "8mb"}
     * @return new options
     */
    public RouteOptions responseLimit(String size) {
        return new RouteOptions(bodyLimit, parseBody, size, strictResponseLimit);
    }

    /**
     * With the response limit strict or not, as {@link ResponseLimit#strict()}.
     *
     * @param strict {@code true} to refuse a response known to be over the limit
     * @return new options
     */
    public RouteOptions strictResponseLimit(boolean strict) {
        return new RouteOptions(bodyLimit, parseBody, responseLimit, strict);
    }

    /**
     * Whether the response limit is strict.
     *
     * @return {@code true} if a response over the limit is refused
     */
    public boolean strictResponseLimit() {
        return strictResponseLimit;
    }

    /**
     * The body limit set.
     *
     * @return the size, if set
     */
    public Optional<String> bodyLimit() {
        return Optional.ofNullable(bodyLimit);
    }

    /**
     * Whether the body is parsed.
     *
     * @return {@code true} unless turned off
     */
    public boolean parseBody() {
        return parseBody;
    }

    /**
     * The response limit set.
     *
     * @return the size, if set
     */
    public Optional<String> responseLimit() {
        return Optional.ofNullable(responseLimit);
    }
}
