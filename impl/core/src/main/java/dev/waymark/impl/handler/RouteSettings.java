package dev.waymark.impl.handler;

import java.lang.reflect.AnnotatedElement;
import java.util.function.UnaryOperator;

import dev.waymark.BodyLimit;
import dev.waymark.ResponseLimit;
import dev.waymark.RouteOptions;
import dev.waymark.impl.config.WaymarkConfig;
import dev.waymark.impl.http.Sizes;

/**
 * The settings of one route: the configured defaults, overridden by the API's declarations, then
 * by the route's.
 *
 * @param bodyLimit the largest request body accepted, in bytes ({@link Long#MAX_VALUE}: no limit)
 * @param parseBody whether the body may be bound to a Java type
 * @param responseLimit the response size above which a warning is logged, in bytes
 * @param strictResponseLimit whether a response over the limit is refused instead
 */
public record RouteSettings(long bodyLimit, boolean parseBody, long responseLimit, boolean strictResponseLimit) {

    /** The built-in defaults: 1 MB bodies, parsed; 4 MB responses, logged. */
    public static final RouteSettings DEFAULTS = new RouteSettings(1024L * 1024, true, 4L * 1024 * 1024, false);

    /**
     * The defaults of a deployment: {@code waymark.body.limit} and {@code waymark.response.limit}.
     *
     * @param config the configuration
     * @return the defaults
     */
    public static RouteSettings defaults(WaymarkConfig config) {
        return new RouteSettings(
                config.bodyLimit().map(size -> limit(size, "waymark.body.limit")).orElse(DEFAULTS.bodyLimit),
                true,
                config.responseLimit().map(size -> limit(size, "waymark.response.limit")).orElse(DEFAULTS.responseLimit),
                false);
    }

    /**
     * The override an annotated element declares ({@link BodyLimit}, {@link ResponseLimit}); sizes
     * are checked now.
     *
     * @param element an API class or a handler method
     * @param where the element described for error messages
     * @return the override
     */
    public static UnaryOperator<RouteSettings> declaredBy(AnnotatedElement element, String where) {
        BodyLimit body = element.getAnnotation(BodyLimit.class);
        ResponseLimit response = element.getAnnotation(ResponseLimit.class);
        Long bodyLimit = body == null || body.value().isEmpty() ? null : limit(body.value(), "@BodyLimit of " + where);
        Boolean parse = body == null ? null : body.parse();
        Long responseLimit = response == null || response.value().isEmpty() ? null : limit(response.value(), "@ResponseLimit of " + where);
        Boolean strict = response == null ? null : response.strict();
        return settings -> settings.with(bodyLimit, parse, responseLimit, strict);
    }

    /**
     * The override of a programmatic route's options; sizes are checked now.
     *
     * @param options the options
     * @param where the route described for error messages
     * @return the override
     */
    public static UnaryOperator<RouteSettings> declaredBy(RouteOptions options, String where) {
        Long bodyLimit = options.bodyLimit().map(size -> limit(size, "the body limit of " + where)).orElse(null);
        Long responseLimit = options.responseLimit().map(size -> limit(size, "the response limit of " + where)).orElse(null);
        boolean parse = options.parseBody();
        boolean strict = options.strictResponseLimit();
        return settings -> settings.with(bodyLimit, parse, responseLimit, strict);
    }

    private RouteSettings with(Long body, Boolean parse, Long response, Boolean strict) {
        return new RouteSettings(body == null ? bodyLimit : body, parse == null ? parseBody : parse,
                response == null ? responseLimit : response, strict == null ? strictResponseLimit : strict);
    }

    private static long limit(String size, String where) {
        return BodyLimit.UNLIMITED.equalsIgnoreCase(size.strip()) ? Long.MAX_VALUE : Sizes.parse(size, where);
    }
}
