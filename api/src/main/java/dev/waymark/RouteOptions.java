package dev.waymark;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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

    private static final RouteOptions DEFAULTS = new RouteOptions();

    private String bodyLimit;
    private Boolean parseBody;
    private String responseLimit;
    private Boolean strictResponseLimit;
    private RouteRuntime runtime;
    private List<String> regions;
    private String timeout;
    private Boolean externalResolver;
    private CorsPolicy cors;
    private String accessLog;
    private String authorizer;
    private List<String> authorizationScopes;
    private List<String> rolesAllowed;
    private RateLimitPolicy rateLimit;

    private RouteOptions() {
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
        return with(o -> o.bodyLimit = size);
    }

    /**
     * Sets whether the body may be parsed, as {@link BodyLimit#parse()}.
     *
     * @param parse {@code false} for the raw bytes or stream only
     * @return new options
     */
    public RouteOptions parseBody(boolean parse) {
        return with(o -> o.parseBody = parse);
    }

    /**
     * Sets the response limit, as {@link ResponseLimit#value()}.
     *
     * @param size a size such as {@code "8mb"}, or {@code "false"} for no warning
     * @return new options
     */
    public RouteOptions responseLimit(String size) {
        return with(o -> o.responseLimit = size);
    }

    /**
     * Sets whether the response limit is strict, as {@link ResponseLimit#strict()}.
     *
     * @param strict {@code true} to refuse a response known to be over the limit
     * @return new options
     */
    public RouteOptions strictResponseLimit(boolean strict) {
        return with(o -> o.strictResponseLimit = strict);
    }

    /**
     * Sets the runtime, as {@link RuntimeHint#value()}.
     *
     * @param kind the runtime
     * @return new options
     */
    public RouteOptions runtime(RouteRuntime kind) {
        return with(o -> o.runtime = kind);
    }

    /**
     * Sets the regions that serve the route, as {@link RuntimeHint#regions()}.
     *
     * @param ids region ids such as {@code "iad1"}
     * @return new options
     */
    public RouteOptions regions(String... ids) {
        List<String> list = List.of(ids);
        return with(o -> o.regions = list);
    }

    /**
     * Sets the time limit, as {@link RouteTimeout#value()}.
     *
     * @param duration a duration such as {@code "30s"}, or {@code "none"}
     * @return new options
     */
    public RouteOptions timeout(String duration) {
        return with(o -> o.timeout = duration);
    }

    /**
     * Sets whether other code sends the response after the handler returns, as
     * {@link ExternalResolver}.
     *
     * @param external {@code true} to keep the request open until the response is sent
     * @return new options
     */
    public RouteOptions externalResolver(boolean external) {
        return with(o -> o.externalResolver = external);
    }

    /**
     * Sets the CORS policy, as {@link dev.waymark.cors.Cors}.
     *
     * @param policy the policy
     * @return new options
     */
    public RouteOptions cors(CorsPolicy policy) {
        return with(o -> o.cors = policy);
    }

    /**
     * Sets the access log format, as {@link dev.waymark.log.AccessLog}.
     *
     * @param format a format with {@code $context} variables, {@code "json"} for the JSON line, or
     *        {@code "off"}
     * @return new options
     */
    public RouteOptions accessLog(String format) {
        return with(o -> o.accessLog = format);
    }

    /**
     * Sets the authorizer, as {@link dev.waymark.auth.Authorize#value()}.
     *
     * @param name an authorizer of the table, or {@link dev.waymark.auth.Authorize#NONE}
     * @return new options
     */
    public RouteOptions authorizer(String name) {
        return with(o -> o.authorizer = name);
    }

    /**
     * Sets the scopes of which a JWT must carry one, as {@link dev.waymark.auth.Authorize#scopes()}.
     *
     * @param scopes scope names
     * @return new options
     */
    public RouteOptions authorizationScopes(String... scopes) {
        List<String> list = List.of(scopes);
        return with(o -> o.authorizationScopes = list);
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
        return with(o -> o.rolesAllowed = list);
    }

    /**
     * Sets the rate limit, as {@link RateLimit}.
     *
     * @param policy the limit, or {@link RateLimitPolicy#disabled()}
     * @return new options
     */
    public RouteOptions rateLimit(RateLimitPolicy policy) {
        return with(o -> o.rateLimit = policy);
    }

    /**
     * The body limit, if set.
     *
     * @return the size
     */
    public Optional<String> bodyLimit() {
        return Optional.ofNullable(bodyLimit);
    }

    /**
     * Whether the body may be parsed, if set.
     *
     * @return the setting
     */
    public Optional<Boolean> parseBody() {
        return Optional.ofNullable(parseBody);
    }

    /**
     * The response limit, if set.
     *
     * @return the size
     */
    public Optional<String> responseLimit() {
        return Optional.ofNullable(responseLimit);
    }

    /**
     * Whether the response limit is strict, if set.
     *
     * @return the setting
     */
    public Optional<Boolean> strictResponseLimit() {
        return Optional.ofNullable(strictResponseLimit);
    }

    /**
     * The runtime, if set.
     *
     * @return the runtime
     */
    public Optional<RouteRuntime> runtime() {
        return Optional.ofNullable(runtime);
    }

    /**
     * The regions, if set.
     *
     * @return the region ids
     */
    public Optional<List<String>> regions() {
        return Optional.ofNullable(regions);
    }

    /**
     * The time limit, if set.
     *
     * @return the duration
     */
    public Optional<String> timeout() {
        return Optional.ofNullable(timeout);
    }

    /**
     * Whether other code sends the response, if set.
     *
     * @return the setting
     */
    public Optional<Boolean> externalResolver() {
        return Optional.ofNullable(externalResolver);
    }

    /**
     * The CORS policy, if set.
     *
     * @return the policy
     */
    public Optional<CorsPolicy> cors() {
        return Optional.ofNullable(cors);
    }

    /**
     * The access log format, if set.
     *
     * @return the format
     */
    public Optional<String> accessLog() {
        return Optional.ofNullable(accessLog);
    }

    /**
     * The authorizer, if set.
     *
     * @return the authorizer's name
     */
    public Optional<String> authorizer() {
        return Optional.ofNullable(authorizer);
    }

    /**
     * The authorization scopes, if set.
     *
     * @return the scopes
     */
    public Optional<List<String>> authorizationScopes() {
        return Optional.ofNullable(authorizationScopes);
    }

    /**
     * The roles allowed, if set.
     *
     * @return the roles
     */
    public Optional<List<String>> rolesAllowed() {
        return Optional.ofNullable(rolesAllowed);
    }

    /**
     * The rate limit, if set.
     *
     * @return the policy
     */
    public Optional<RateLimitPolicy> rateLimit() {
        return Optional.ofNullable(rateLimit);
    }

    private RouteOptions with(Consumer<RouteOptions> change) {
        RouteOptions copy = new RouteOptions();
        copy.bodyLimit = bodyLimit;
        copy.parseBody = parseBody;
        copy.responseLimit = responseLimit;
        copy.strictResponseLimit = strictResponseLimit;
        copy.runtime = runtime;
        copy.regions = regions;
        copy.timeout = timeout;
        copy.externalResolver = externalResolver;
        copy.cors = cors;
        copy.accessLog = accessLog;
        copy.authorizer = authorizer;
        copy.authorizationScopes = authorizationScopes;
        copy.rolesAllowed = rolesAllowed;
        copy.rateLimit = rateLimit;
        change.accept(copy);
        return copy;
    }
}
