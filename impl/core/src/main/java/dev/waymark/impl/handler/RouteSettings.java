package dev.waymark.impl.handler;

import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.function.UnaryOperator;

import dev.waymark.BodyLimit;
import dev.waymark.RateLimit;
import dev.waymark.RateLimitPolicy;
import dev.waymark.ExternalResolver;
import dev.waymark.ResponseLimit;
import dev.waymark.RouteOptions;
import dev.waymark.RouteRuntime;
import dev.waymark.RouteTimeout;
import dev.waymark.RuntimeHint;
import dev.waymark.impl.auth.ApiAuthorizers;
import dev.waymark.impl.auth.AuthChoice;
import dev.waymark.impl.config.ConfigKeys;
import dev.waymark.impl.config.WaymarkConfig;
import dev.waymark.impl.cors.CorsRules;
import dev.waymark.impl.log.AccessLogFormat;
import dev.waymark.log.AccessLog;
import dev.waymark.impl.http.Durations;
import dev.waymark.impl.http.Sizes;

/**
 * The settings of one route: the configured defaults, overridden by the API's declarations, then
 * by the route's.
 *
 * @param bodyLimit the largest request body accepted, in bytes ({@link Long#MAX_VALUE}: no limit)
 * @param parseBody whether the body may be bound to a Java type
 * @param responseLimit the response size above which a warning is logged, in bytes
 *        ({@link Long#MAX_VALUE}: none)
 * @param strictResponseLimit whether a response over the limit is refused instead
 * @param runtime the runtime of the handler
 * @param regions the regions that serve the route; empty for all
 * @param timeoutMillis how long the handler may take to start its response
 *        ({@link Long#MAX_VALUE}: no limit)
 * @param externalResolver whether other code sends the response after the handler returns
 * @param cors the CORS policy
 * @param accessLog the access log format, or null for the deployment's
 * @param auth the choice of authorizer and what it requires, or null for an open route
 * @param rateLimit the rate limit, or null for none
 */
public record RouteSettings(long bodyLimit, boolean parseBody, long responseLimit, boolean strictResponseLimit,
        RouteRuntime runtime, List<String> regions, long timeoutMillis, boolean externalResolver, CorsRules cors,
        AccessLogFormat accessLog, AuthChoice auth, RateLimitPolicy rateLimit) {

    /** The built-in defaults: 1 MB bodies, parsed; 4 MB responses, logged; standard runtime everywhere; 30 s; CORS for all. */
    public static final RouteSettings DEFAULTS = new RouteSettings(1024L * 1024, true, 4L * 1024 * 1024, false,
            RouteRuntime.STANDARD, List.of(), 30_000, false, CorsRules.ALLOW_ALL, null, null, null);

    /**
     * The defaults of a deployment: {@code waymark.body.limit}, {@code waymark.response.limit} and
     * {@code waymark.timeout} over the built-in ones.
     *
     * @param config the configuration
     * @return the defaults
     */
    public static RouteSettings defaults(WaymarkConfig config) {
        return new Declared(
                config.bodyLimit().map(size -> size(size, ConfigKeys.BODY_LIMIT.name())).orElse(null), null,
                config.responseLimit().map(size -> responseSize(size, ConfigKeys.RESPONSE_LIMIT.name())).orElse(null), null, null, null,
                config.timeout().map(text -> timeout(text, ConfigKeys.TIMEOUT.name())).orElse(null), null, null, null, null, null)
                .apply(DEFAULTS);
    }

    /**
     * The override an annotated element declares ({@link BodyLimit}, {@link ResponseLimit},
     * {@link RuntimeHint}, {@link RouteTimeout}, {@link ExternalResolver},
     * {@link dev.waymark.cors.Cors}, {@link AccessLog}, {@link dev.waymark.auth.Authorize},
     * {@code @RolesAllowed}, {@link RateLimit}); values are checked now.
     *
     * @param element an API class or a handler method
     * @param where the element described for error messages
     * @return the override
     */
    public static UnaryOperator<RouteSettings> declaredBy(AnnotatedElement element, String where) {
        BodyLimit body = element.getAnnotation(BodyLimit.class);
        ResponseLimit response = element.getAnnotation(ResponseLimit.class);
        RuntimeHint hint = element.getAnnotation(RuntimeHint.class);
        RouteTimeout timeout = element.getAnnotation(RouteTimeout.class);
        return new Declared(
                body == null || body.value().isEmpty() ? null : size(body.value(), "@BodyLimit of " + where),
                body == null ? null : body.parse(),
                response == null || response.value().isEmpty() ? null : responseSize(response.value(), "@ResponseLimit of " + where),
                response == null ? null : response.strict(),
                hint == null ? null : hint.value(),
                hint == null || hint.regions().length == 0 ? null : regions(List.of(hint.regions()), "@RuntimeHint of " + where),
                timeout == null ? null : timeout(timeout.value(), "@RouteTimeout of " + where),
                element.isAnnotationPresent(ExternalResolver.class) ? Boolean.TRUE : null,
                CorsRules.declaredBy(element, where).orElse(null),
                accessLog(element.getAnnotation(AccessLog.class), where),
                ApiAuthorizers.declaredBy(element).orElse(null),
                rateLimit(element.getAnnotation(RateLimit.class)));
    }

    /**
     * The override of a programmatic route's or table's options; values are checked now.
     *
     * @param options the options
     * @param where the route described for error messages
     * @return the override
     */
    public static UnaryOperator<RouteSettings> declaredBy(RouteOptions options, String where) {
        return new Declared(
                options.bodyLimit().map(size -> size(size, "the body limit of " + where)).orElse(null),
                options.parseBody().orElse(null),
                options.responseLimit().map(size -> responseSize(size, "the response limit of " + where)).orElse(null),
                options.strictResponseLimit().orElse(null),
                options.runtime().orElse(null),
                options.regions().map(list -> regions(list, "the regions of " + where)).orElse(null),
                options.timeout().map(text -> timeout(text, "the timeout of " + where)).orElse(null),
                options.externalResolver().orElse(null),
                options.cors().map(policy -> CorsRules.of(policy, where)).orElse(null),
                options.accessLog().map(format -> AccessLogFormat.parse(format, where)).orElse(null),
                options.authorizer().isPresent() || options.authorizationScopes().isPresent() || options.rolesAllowed().isPresent()
                        ? new AuthChoice(options.authorizer().map(String::strip).orElse(null), options.authorizationScopes().orElse(null),
                                options.rolesAllowed().orElse(null))
                        : null,
                options.rateLimit().orElse(null));
    }

    /**
     * An API's or table's settings with the origins of {@code waymark.api.<name>.cors.allow-origins}
     * applied to its own policy, when they are configured [CORS-1-4].
     *
     * @param declared what the API or table declares
     * @param api the API's name
     * @param policy the API's own policy, or empty for the default
     * @return the settings
     */
    public static UnaryOperator<RouteSettings> withConfiguredCors(UnaryOperator<RouteSettings> declared, String api,
            java.util.Optional<dev.waymark.cors.CorsPolicy> policy) {
        return CorsRules.configuredFor(api, policy)
                .<UnaryOperator<RouteSettings>>map(rules -> settings -> declared.apply(settings).withCors(rules))
                .orElse(declared);
    }

    /**
     * These settings with another CORS policy.
     *
     * @param rules the policy
     * @return the settings
     */
    public RouteSettings withCors(CorsRules rules) {
        return new RouteSettings(bodyLimit, parseBody, responseLimit, strictResponseLimit, runtime, regions, timeoutMillis,
                externalResolver, rules, accessLog, auth, rateLimit);
    }

    /**
     * Whether the route runs on the edge runtime.
     *
     * @return {@code true} for {@link RouteRuntime#EDGE}
     */
    public boolean isEdge() {
        return runtime == RouteRuntime.EDGE;
    }

    /** Settings declared at one level; a null field keeps the level below. */
    private record Declared(Long bodyLimit, Boolean parseBody, Long responseLimit, Boolean strict, RouteRuntime runtime,
            List<String> regions, Long timeoutMillis, Boolean externalResolver, CorsRules cors,
            AccessLogFormat accessLog, AuthChoice auth, RateLimitPolicy rateLimit) implements UnaryOperator<RouteSettings> {

        @Override
        public RouteSettings apply(RouteSettings base) {
            return new RouteSettings(
                    bodyLimit == null ? base.bodyLimit : bodyLimit,
                    parseBody == null ? base.parseBody : parseBody,
                    responseLimit == null ? base.responseLimit : responseLimit,
                    strict == null ? base.strictResponseLimit : strict,
                    runtime == null ? base.runtime : runtime,
                    regions == null ? base.regions : regions,
                    timeoutMillis == null ? base.timeoutMillis : timeoutMillis,
                    externalResolver == null ? base.externalResolver : externalResolver,
                    cors == null ? base.cors : cors,
                    accessLog == null ? base.accessLog : accessLog,
                    auth == null ? base.auth : auth.over(base.auth),
                    rateLimit == null ? base.rateLimit : rateLimit);
        }
    }

    private static RateLimitPolicy rateLimit(RateLimit declared) {
        if (declared == null) {
            return null;
        }
        if (!declared.enabled()) {
            return RateLimitPolicy.disabled();
        }
        RateLimitPolicy policy = RateLimitPolicy.of(declared.rate(), declared.per()).burst(declared.burst());
        return switch (declared.key()) {
            case IP -> policy;
            case PRINCIPAL -> policy.keyedByPrincipal();
            case HEADER -> policy.keyedByHeader(declared.header());
        };
    }

    private static AccessLogFormat accessLog(AccessLog declared, String where) {
        if (declared == null) {
            return null;
        }
        return declared.enabled() ? AccessLogFormat.parse(declared.format(), "@AccessLog of " + where) : AccessLogFormat.OFF;
    }

    private static long size(String size, String where) {
        return BodyLimit.UNLIMITED.equalsIgnoreCase(size.strip()) ? Long.MAX_VALUE : Sizes.parse(size, where);
    }

    private static long responseSize(String size, String where) {
        return ResponseLimit.OFF.equalsIgnoreCase(size.strip()) ? Long.MAX_VALUE : size(size, where);
    }

    private static long timeout(String text, String where) {
        return RouteTimeout.NONE.equalsIgnoreCase(text.strip()) ? Long.MAX_VALUE : Durations.parseMillis(text, where);
    }

    private static List<String> regions(List<String> ids, String where) {
        for (String id : ids) {
            if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
                throw new dev.waymark.ApiDeploymentException("Invalid region '" + id + "' in " + where
                        + ": a region id is letters, digits, '-' and '_', such as iad1");
            }
        }
        return List.copyOf(ids);
    }
}
