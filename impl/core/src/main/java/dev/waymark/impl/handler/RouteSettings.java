package dev.waymark.impl.handler;

import java.lang.reflect.AnnotatedElement;

import dev.waymark.BodyLimit;
import dev.waymark.ResponseLimit;
import dev.waymark.impl.http.Sizes;

/**
 * The settings of one route, after a route's annotations override its API's.
 *
 * @param bodyLimit the largest request body accepted, in bytes
 * @param responseLimit the response size above which a warning is logged, in bytes
 */
public record RouteSettings(long bodyLimit, long responseLimit) {

    /** The default body limit: 1 MB. */
    public static final long DEFAULT_BODY_LIMIT = 1024L * 1024;

    /** The default response limit: 4 MB. */
    public static final long DEFAULT_RESPONSE_LIMIT = 4L * 1024 * 1024;

    /** The settings of a route that declares nothing. */
    public static final RouteSettings DEFAULTS = new RouteSettings(DEFAULT_BODY_LIMIT, DEFAULT_RESPONSE_LIMIT);

    /**
     * These settings overridden by an element's annotations.
     *
     * @param element an API class or a handler method
     * @param where the element described for error messages
     * @return the resulting settings
     */
    public RouteSettings overriddenBy(AnnotatedElement element, String where) {
        BodyLimit body = element.getAnnotation(BodyLimit.class);
        ResponseLimit response = element.getAnnotation(ResponseLimit.class);
        return new RouteSettings(
                body == null ? bodyLimit : Sizes.parse(body.value(), "@BodyLimit of " + where),
                response == null ? responseLimit : Sizes.parse(response.value(), "@ResponseLimit of " + where));
    }
}
