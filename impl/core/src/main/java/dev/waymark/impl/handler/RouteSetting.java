package dev.waymark.impl.handler;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

import dev.waymark.ApiDeploymentException;
import dev.waymark.BodyLimit;
import dev.waymark.ExternalResolver;
import dev.waymark.RateLimit;
import dev.waymark.RateLimitPolicy;
import dev.waymark.ResponseLimit;
import dev.waymark.RouteOptions;
import dev.waymark.RouteRuntime;
import dev.waymark.RouteTimeout;
import dev.waymark.RuntimeHint;
import dev.waymark.auth.Authorize;
import dev.waymark.cors.Cors;
import dev.waymark.impl.auth.ApiAuthorizers;
import dev.waymark.impl.auth.AuthChoice;
import dev.waymark.impl.config.ConfigKey;
import dev.waymark.impl.config.ConfigKeys;
import dev.waymark.impl.cors.CorsRules;
import dev.waymark.impl.http.Durations;
import dev.waymark.impl.http.Sizes;
import dev.waymark.impl.log.AccessLogFormat;
import dev.waymark.log.AccessLog;

/**
 * One setting of a route, declared once: how an annotation on a handler method or an API class
 * declares it, how {@link RouteOptions} do, the configuration key that sets it for the whole
 * application, its built-in value, and how a declaration combines with the level below
 * [RUNTIME-5-1]. {@link RouteSettings} folds the levels of every setting listed here the same way;
 * a new setting is one more constant, and its behaviour where it applies.
 *
 * @param <T> the type of its value
 */
public final class RouteSetting<T> {

    /** Reads a declaration of a setting; {@code null} when the source does not declare it. */
    @FunctionalInterface
    interface Reader<S, T> {

        T read(S source, String where);
    }

    private static final List<RouteSetting<?>> ALL = new ArrayList<>();

    /** The largest request body accepted, in bytes; {@link Long#MAX_VALUE} for none. */
    public static final RouteSetting<Long> BODY_LIMIT = new RouteSetting<>("body limit", 1024L * 1024,
            List.of("@BodyLimit"), List.of("bodyLimit"),
            (element, where) -> Optional.ofNullable(element.getAnnotation(BodyLimit.class)).map(BodyLimit::value)
                    .filter(value -> !value.isEmpty()).map(value -> size(value, "@BodyLimit of " + where)).orElse(null),
            (options, where) -> options.bodyLimit().map(value -> size(value, "the body limit of " + where)).orElse(null),
            ConfigKeys.BODY_LIMIT, () -> ConfigKeys.BODY_LIMIT.value().map(value -> size(value, ConfigKeys.BODY_LIMIT.name())).orElse(null), null);

    /** Whether the body may be bound to a Java type. */
    public static final RouteSetting<Boolean> PARSE_BODY = new RouteSetting<>("body parsing", true,
            List.of("@BodyLimit(parse)"), List.of("parseBody"),
            (element, where) -> Optional.ofNullable(element.getAnnotation(BodyLimit.class)).map(BodyLimit::parse).orElse(null),
            (options, where) -> options.parseBody().orElse(null), null, null, null);

    /** The response size above which a warning is logged, in bytes; {@link Long#MAX_VALUE} for none. */
    public static final RouteSetting<Long> RESPONSE_LIMIT = new RouteSetting<>("response limit", 4L * 1024 * 1024,
            List.of("@ResponseLimit"), List.of("responseLimit"),
            (element, where) -> Optional.ofNullable(element.getAnnotation(ResponseLimit.class)).map(ResponseLimit::value)
                    .filter(value -> !value.isEmpty()).map(value -> responseSize(value, "@ResponseLimit of " + where)).orElse(null),
            (options, where) -> options.responseLimit().map(value -> responseSize(value, "the response limit of " + where)).orElse(null),
            ConfigKeys.RESPONSE_LIMIT,
            () -> ConfigKeys.RESPONSE_LIMIT.value().map(value -> responseSize(value, ConfigKeys.RESPONSE_LIMIT.name())).orElse(null), null);

    /** Whether a response over the limit is refused instead. */
    public static final RouteSetting<Boolean> STRICT_RESPONSE_LIMIT = new RouteSetting<>("strict response limit", false,
            List.of("@ResponseLimit(strict)"), List.of("strictResponseLimit"),
            (element, where) -> Optional.ofNullable(element.getAnnotation(ResponseLimit.class)).map(ResponseLimit::strict).orElse(null),
            (options, where) -> options.strictResponseLimit().orElse(null), null, null, null);

    /** The runtime of the handler. */
    public static final RouteSetting<RouteRuntime> RUNTIME = new RouteSetting<>("runtime", RouteRuntime.STANDARD,
            List.of("@RuntimeHint"), List.of("runtime"),
            (element, where) -> Optional.ofNullable(element.getAnnotation(RuntimeHint.class)).map(RuntimeHint::value).orElse(null),
            (options, where) -> options.runtime().orElse(null), null, null, null);

    /** The regions that serve the route; empty for all. */
    public static final RouteSetting<List<String>> REGIONS = new RouteSetting<>("regions", List.of(),
            List.of("@RuntimeHint(regions)"), List.of("regions"),
            (element, where) -> Optional.ofNullable(element.getAnnotation(RuntimeHint.class)).map(RuntimeHint::regions)
                    .filter(ids -> ids.length > 0).map(ids -> regions(List.of(ids), "@RuntimeHint of " + where)).orElse(null),
            (options, where) -> options.regions().map(ids -> regions(ids, "the regions of " + where)).orElse(null), null, null, null);

    /** How long the handler may take to start its response, in milliseconds; {@link Long#MAX_VALUE} for no limit. */
    public static final RouteSetting<Long> TIMEOUT = new RouteSetting<>("time limit", 30_000L,
            List.of("@RouteTimeout"), List.of("timeout"),
            (element, where) -> Optional.ofNullable(element.getAnnotation(RouteTimeout.class))
                    .map(timeout -> timeout(timeout.value(), "@RouteTimeout of " + where)).orElse(null),
            (options, where) -> options.timeout().map(value -> timeout(value, "the timeout of " + where)).orElse(null),
            ConfigKeys.TIMEOUT, () -> ConfigKeys.TIMEOUT.value().map(value -> timeout(value, ConfigKeys.TIMEOUT.name())).orElse(null), null);

    /** Whether other code sends the response after the handler returns. */
    public static final RouteSetting<Boolean> EXTERNAL_RESOLVER = new RouteSetting<>("external resolver", false,
            List.of("@ExternalResolver"), List.of("externalResolver"),
            (element, where) -> element.isAnnotationPresent(ExternalResolver.class) ? Boolean.TRUE : null,
            (options, where) -> options.externalResolver().orElse(null), null, null, null);

    /** The CORS policy. */
    public static final RouteSetting<CorsRules> CORS = new RouteSetting<>("CORS policy", CorsRules.ALLOW_ALL,
            List.of("@" + Cors.class.getSimpleName()), List.of("cors"),
            (element, where) -> CorsRules.declaredBy(element, where).orElse(null),
            (options, where) -> options.cors().map(policy -> CorsRules.of(policy, where)).orElse(null), null, null, null);

    /** The access log format. */
    public static final RouteSetting<AccessLogFormat> ACCESS_LOG = new RouteSetting<>("access log", AccessLogFormat.JSON,
            List.of("@AccessLog"), List.of("accessLog"),
            (element, where) -> Optional.ofNullable(element.getAnnotation(AccessLog.class))
                    .map(declared -> declared.enabled() ? AccessLogFormat.parse(declared.format(), "@AccessLog of " + where) : AccessLogFormat.OFF)
                    .orElse(null),
            (options, where) -> options.accessLog().map(format -> AccessLogFormat.parse(format, where)).orElse(null),
            ConfigKeys.ACCESS_LOG_FORMAT, () -> ConfigKeys.ACCESS_LOG_FORMAT.value().orElse(null), null);

    /** The choice of authorizer and what it requires; {@code null} for an open route. */
    public static final RouteSetting<AuthChoice> AUTHORIZER = new RouteSetting<>("authorizer", null,
            List.of("@" + Authorize.class.getSimpleName(), "@RolesAllowed"), List.of("authorizer", "authorizationScopes", "rolesAllowed"),
            (element, where) -> ApiAuthorizers.declaredBy(element).orElse(null),
            (options, where) -> options.authorizer().isPresent() || options.authorizationScopes().isPresent()
                    || options.rolesAllowed().isPresent()
                    ? new AuthChoice(options.authorizer().map(String::strip).orElse(null), options.authorizationScopes().orElse(null),
                            options.rolesAllowed().orElse(null))
                    : null,
            null, null, AuthChoice::over);

    /** The rate limit; {@code null} for none. */
    public static final RouteSetting<RateLimitPolicy> RATE_LIMIT = new RouteSetting<>("rate limit", null,
            List.of("@RateLimit"), List.of("rateLimit"),
            (element, where) -> rateLimit(element.getAnnotation(RateLimit.class)),
            (options, where) -> options.rateLimit().orElse(null), null, null, null);

    private final int index;
    private final String name;
    private final T builtIn;
    private final List<String> annotations;
    private final List<String> optionNames;
    private final Reader<AnnotatedElement, T> annotation;
    private final Reader<RouteOptions, T> options;
    private final ConfigKey<?> configKey;
    private final Supplier<T> configured;
    private final BinaryOperator<T> over;

    private RouteSetting(String name, T builtIn, List<String> annotations, List<String> optionNames,
            Reader<AnnotatedElement, T> annotation, Reader<RouteOptions, T> options, ConfigKey<?> configKey,
            Supplier<T> configured, BinaryOperator<T> over) {
        this.index = ALL.size();
        this.name = name;
        this.builtIn = builtIn;
        this.annotations = annotations;
        this.optionNames = optionNames;
        this.annotation = annotation;
        this.options = options;
        this.configKey = configKey;
        this.configured = configured;
        this.over = over;
        ALL.add(this);
    }

    /**
     * Every setting, in the order of the specification's table.
     *
     * @return the settings
     */
    public static List<RouteSetting<?>> all() {
        return List.copyOf(ALL);
    }

    /**
     * The setting's name, as the specification's table of route settings gives it.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The annotations (and annotation attributes) that declare it, as written in the specification.
     *
     * @return such as {@code @BodyLimit(parse)}
     */
    public List<String> annotations() {
        return annotations;
    }

    /**
     * The {@link RouteOptions} methods that declare it.
     *
     * @return the method names
     */
    public List<String> optionNames() {
        return optionNames;
    }

    /**
     * The configuration key that sets it for the whole application.
     *
     * @return the key, if it has one
     */
    public Optional<ConfigKey<?>> configKey() {
        return Optional.ofNullable(configKey);
    }

    /**
     * Its value unless declared or configured.
     *
     * @return the value, {@code null} for settings that are off unless declared
     */
    public T builtIn() {
        return builtIn;
    }

    int index() {
        return index;
    }

    /**
     * The value an annotated element declares, checked.
     *
     * @param element a handler method, an API class, or a JAX-RS resource method or class
     * @param where the element described for error messages
     * @return the value, or {@code null} if the element does not declare it
     */
    public T fromAnnotations(AnnotatedElement element, String where) {
        return annotation.read(element, where);
    }

    T fromOptions(RouteOptions declared, String where) {
        return options.read(declared, where);
    }

    /** The configured value, checked; {@code null} if not configured or the setting has no key. */
    T fromConfiguration() {
        return configured == null ? null : configured.get();
    }

    /** A declared value over the one of the level below. */
    @SuppressWarnings("unchecked")
    Object over(Object declared, Object below) {
        return over == null || below == null ? declared : over.apply((T) declared, (T) below);
    }

    @Override
    public String toString() {
        return name;
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
                throw new ApiDeploymentException("Invalid region '" + id + "' in " + where
                        + ": a region id is letters, digits, '-' and '_', such as iad1");
            }
        }
        return List.copyOf(ids);
    }
}
