package dev.waymark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.waymark.cors.CorsPolicy;

/**
 * Settings of a programmatic route, or the defaults of a whole route table: the counterpart of
 * {@link BodyLimit}, {@link ResponseLimit}, {@link RuntimeHint}, {@link RouteTimeout},
 * {@link ExternalResolver}, {@link dev.waymark.cors.Cors}, {@link dev.waymark.log.AccessLog} and
 * {@link dev.waymark.auth.Authorize} and {@link RateLimit} [BODY-1-4, RUNTIME-5-1, CORS-1-1, LOG-1-1, AUTH-1-1,
 * LIMIT-1-1]. Immutable: each method returns a new instance.
 * A setting left unset is inherited: a route's from its table's defaults, a table's from the
 * configuration.
 *
 * <pre>
 * RouteTable table = RouteTable.create("hooks", "/hooks", RouteOptions.defaults().timeout("5s"));
 * table.add("POST /stripe", RouteOptions.defaults().bodyLimit("1mb").parseBody(false),
 *         (request, response) -&gt; verify(request.body(), request.header("Stripe-Signature")));
 * </pre>
 *
 * @since 0.1
 */
public final class RouteOptions {

    private static final RouteOptions DEFAULTS = new RouteOptions(Map.of());

    /** The settings that are set, by the name of their method. */
    private final Map<String, Object> values;

    private RouteOptions(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * Options that set nothing: every setting is inherited.
     *
     * @return the options
     */
    public static RouteOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Sets the body limit, as {@link BodyLimit#value()}.
     *
     * @param size a size such as {@code "500kb"}, or {@code "unlimited"}
     * @return new options
     */
    public RouteOptions bodyLimit(String size) {
        return with("bodyLimit", size);
    }

    /**
     * Sets whether the body may be parsed, as {@link BodyLimit#parse()}.
     *
     * @param parse {@code false} for the raw bytes or stream only
     * @return new options
     */
    public RouteOptions parseBody(boolean parse) {
        return with("parseBody", parse);
    }

    /**
     * Sets the response limit, as {@link ResponseLimit#value()}.
     *
     * @param size a size such as {@code "8mb"}, or {@code "false"} for no warning
     * @return new options
     */
    public RouteOptions responseLimit(String size) {
        return with("responseLimit", size);
    }

    /**
     * Sets whether the response limit is strict, as {@link ResponseLimit#strict()}.
     *
     * @param strict {@code true} to refuse a response known to be over the limit
     * @return new options
     */
    public RouteOptions strictResponseLimit(boolean strict) {
        return with("strictResponseLimit", strict);
    }

    /**
     * Sets the runtime, as {@link RuntimeHint#value()}.
     *
     * @param kind the runtime
     * @return new options
     */
    public RouteOptions runtime(RouteRuntime kind) {
        return with("runtime", kind);
    }

    /**
     * Sets the regions that serve the route, as {@link RuntimeHint#regions()}.
     *
     * @param ids region ids such as {@code "iad1"}
     * @return new options
     */
    public RouteOptions regions(String... ids) {
        List<String> list = List.of(ids);
        return with("regions", list);
    }

    /**
     * Sets the time limit, as {@link RouteTimeout#value()}.
     *
     * @param duration a duration such as {@code "30s"}, or {@code "none"}
     * @return new options
     */
    public RouteOptions timeout(String duration) {
        return with("timeout", duration);
    }

    /**
     * Sets whether other code sends the response after the handler returns, as
     * {@link ExternalResolver}.
     *
     * @param external {@code true} to keep the request open until the response is sent
     * @return new options
     */
    public RouteOptions externalResolver(boolean external) {
        return with("externalResolver", external);
    }

    /**
     * Sets the CORS policy, as {@link dev.waymark.cors.Cors}.
     *
     * @param policy the policy
     * @return new options
     */
    public RouteOptions cors(CorsPolicy policy) {
        return with("cors", policy);
    }

    /**
     * Sets the access log format, as {@link dev.waymark.log.AccessLog}.
     *
     * @param format a format with {@code $context} variables, {@code "json"} for the JSON line, or
     *        {@code "off"}
     * @return new options
     */
    public RouteOptions accessLog(String format) {
        return with("accessLog", format);
    }

    /**
     * Sets the authorizer, as {@link dev.waymark.auth.Authorize#value()}.
     *
     * @param name an authorizer of the table, or {@link dev.waymark.auth.Authorize#NONE}
     * @return new options
     */
    public RouteOptions authorizer(String name) {
        return with("authorizer", name);
    }

    /**
     * Sets the scopes of which a JWT must carry one, as {@link dev.waymark.auth.Authorize#scopes()}.
     *
     * @param scopes scope names
     * @return new options
     */
    public RouteOptions authorizationScopes(String... scopes) {
        List<String> list = List.of(scopes);
        return with("authorizationScopes", list);
    }

    /**
     * Sets the roles a container authorizer requires, as
     * {@code jakarta.annotation.security.RolesAllowed}.
     *
     * @param roles role names, of which the caller needs one
     * @return new options
     */
    public RouteOptions rolesAllowed(String... roles) {
        List<String> list = List.of(roles);
        return with("rolesAllowed", list);
    }

    /**
     * Sets the rate limit, as {@link RateLimit}.
     *
     * @param policy the limit, or {@link RateLimitPolicy#disabled()}
     * @return new options
     */
    public RouteOptions rateLimit(RateLimitPolicy policy) {
        return with("rateLimit", policy);
    }

    /**
     * The body limit, if set.
     *
     * @return the size
     */
    public Optional<String> bodyLimit() {
        return value("bodyLimit");
    }

    /**
     * Whether the body may be parsed, if set.
     *
     * @return the setting
     */
    public Optional<Boolean> parseBody() {
        return value("parseBody");
    }

    /**
     * The response limit, if set.
     *
     * @return the size
     */
    public Optional<String> responseLimit() {
        return value("responseLimit");
    }

    /**
     * Whether the response limit is strict, if set.
     *
     * @return the setting
     */
    public Optional<Boolean> strictResponseLimit() {
        return value("strictResponseLimit");
    }

    /**
     * The runtime, if set.
     *
     * @return the runtime
     */
    public Optional<RouteRuntime> runtime() {
        return value("runtime");
    }

    /**
     * The regions, if set.
     *
     * @return the region ids
     */
    public Optional<List<String>> regions() {
        return value("regions");
    }

    /**
     * The time limit, if set.
     *
     * @return the duration
     */
    public Optional<String> timeout() {
        return value("timeout");
    }

    /**
     * Whether other code sends the response, if set.
     *
     * @return the setting
     */
    public Optional<Boolean> externalResolver() {
        return value("externalResolver");
    }

    /**
     * The CORS policy, if set.
     *
     * @return the policy
     */
    public Optional<CorsPolicy> cors() {
        return value("cors");
    }

    /**
     * The access log format, if set.
     *
     * @return the format
     */
    public Optional<String> accessLog() {
        return value("accessLog");
    }

    /**
     * The authorizer, if set.
     *
     * @return the authorizer's name
     */
    public Optional<String> authorizer() {
        return value("authorizer");
    }

    /**
     * The authorization scopes, if set.
     *
     * @return the scopes
     */
    public Optional<List<String>> authorizationScopes() {
        return value("authorizationScopes");
    }

    /**
     * The roles allowed, if set.
     *
     * @return the roles
     */
    public Optional<List<String>> rolesAllowed() {
        return value("rolesAllowed");
    }

    /**
     * The rate limit, if set.
     *
     * @return the policy
     */
    public Optional<RateLimitPolicy> rateLimit() {
        return value("rateLimit");
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> value(String name) {
        return Optional.ofNullable((T) values.get(name));
    }

    private RouteOptions with(String name, Object value) {
        Map<String, Object> changed = new HashMap<>(values);
        if (value == null) {
            changed.remove(name);
        } else {
            changed.put(name, value);
        }
        return new RouteOptions(Map.copyOf(changed));
    }
}
