package dev.waymark.impl.handler;

import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.waymark.RateLimitPolicy;
import dev.waymark.RouteOptions;
import dev.waymark.RouteRuntime;
import dev.waymark.cors.CorsPolicy;
import dev.waymark.impl.auth.AuthChoice;
import dev.waymark.impl.cors.CorsRules;
import dev.waymark.impl.log.AccessLogFormat;

/**
 * The settings of one route, each {@link RouteSetting} the most specific one declared
 * [RUNTIME-5-1]: on the handler method or the route's options, else on the API class or the
 * table's defaults, else the configuration, else the built-in value.
 */
public final class RouteSettings {

    /** The built-in values of every setting. */
    public static final RouteSettings DEFAULTS = new RouteSettings(RouteSetting.all().stream().map(RouteSetting::builtIn).toArray());

    private final Object[] values;

    private RouteSettings(Object[] values) {
        this.values = values;
    }

    /**
     * The value of a setting.
     *
     * @param <T> its type
     * @param setting the setting
     * @return its value
     */
    @SuppressWarnings("unchecked")
    public <T> T get(RouteSetting<T> setting) {
        return (T) values[setting.index()];
    }

    /**
     * The defaults of a deployment: the configured values over the built-in ones.
     *
     * @return the defaults
     * @throws dev.waymark.ApiDeploymentException if a configured value is invalid, naming its key
     */
    public static RouteSettings defaults() {
        return declared(RouteSetting::fromConfiguration).apply(DEFAULTS);
    }

    /**
     * The override an annotated element (an API class or a handler method) declares; values are
     * checked now.
     *
     * @param element the element
     * @param where the element described for error messages
     * @return the override
     */
    public static UnaryOperator<RouteSettings> declaredBy(AnnotatedElement element, String where) {
        return declared(setting -> setting.fromAnnotations(element, where));
    }

    /**
     * The override of a programmatic route's or table's options; values are checked now.
     *
     * @param options the options
     * @param where the route described for error messages
     * @return the override
     */
    public static UnaryOperator<RouteSettings> declaredBy(RouteOptions options, String where) {
        return declared(setting -> setting.fromOptions(options, where));
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
            Optional<CorsPolicy> policy) {
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
        Object[] changed = values.clone();
        changed[RouteSetting.CORS.index()] = rules;
        return new RouteSettings(changed);
    }

    /** @return the largest request body accepted, in bytes ({@link Long#MAX_VALUE}: no limit) */
    public long bodyLimit() {
        return get(RouteSetting.BODY_LIMIT);
    }

    /** @return whether the body may be bound to a Java type */
    public boolean parseBody() {
        return get(RouteSetting.PARSE_BODY);
    }

    /** @return the response size above which a warning is logged, in bytes ({@link Long#MAX_VALUE}: none) */
    public long responseLimit() {
        return get(RouteSetting.RESPONSE_LIMIT);
    }

    /** @return whether a response over the limit is refused instead */
    public boolean strictResponseLimit() {
        return get(RouteSetting.STRICT_RESPONSE_LIMIT);
    }

    /** @return the runtime of the handler */
    public RouteRuntime runtime() {
        return get(RouteSetting.RUNTIME);
    }

    /** @return the regions that serve the route; empty for all */
    public List<String> regions() {
        return get(RouteSetting.REGIONS);
    }

    /** @return how long the handler may take to start its response ({@link Long#MAX_VALUE}: no limit) */
    public long timeoutMillis() {
        return get(RouteSetting.TIMEOUT);
    }

    /** @return whether other code sends the response after the handler returns */
    public boolean externalResolver() {
        return get(RouteSetting.EXTERNAL_RESOLVER);
    }

    /** @return the CORS policy */
    public CorsRules cors() {
        return get(RouteSetting.CORS);
    }

    /** @return the access log format */
    public AccessLogFormat accessLog() {
        return get(RouteSetting.ACCESS_LOG);
    }

    /** @return the choice of authorizer and what it requires, or null for an open route */
    public AuthChoice auth() {
        return get(RouteSetting.AUTHORIZER);
    }

    /** @return the rate limit, or null for none */
    public RateLimitPolicy rateLimit() {
        return get(RouteSetting.RATE_LIMIT);
    }

    /**
     * Whether the route runs on the edge runtime.
     *
     * @return {@code true} for {@link RouteRuntime#EDGE}
     */
    public boolean isEdge() {
        return runtime() == RouteRuntime.EDGE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RouteSettings settings && Arrays.equals(values, settings.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RouteSettings[");
        for (RouteSetting<?> setting : RouteSetting.all()) {
            text.append(setting.index() == 0 ? "" : ", ").append(setting.name()).append('=').append(values[setting.index()]);
        }
        return text.append(']').toString();
    }

    /** The values one level declares, read now so that they are checked now; {@code null} keeps the level below. */
    private static UnaryOperator<RouteSettings> declared(java.util.function.Function<RouteSetting<?>, Object> read) {
        List<RouteSetting<?>> settings = RouteSetting.all();
        Object[] declared = new Object[settings.size()];
        for (RouteSetting<?> setting : settings) {
            declared[setting.index()] = read.apply(setting);
        }
        return base -> {
            Object[] combined = base.values.clone();
            for (int i = 0; i < declared.length; i++) {
                if (declared[i] != null) {
                    combined[i] = settings.get(i).over(declared[i], base.values[i]);
                }
            }
            return new RouteSettings(combined);
        };
    }
}
