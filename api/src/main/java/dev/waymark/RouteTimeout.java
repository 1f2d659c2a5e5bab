package dev.waymark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits how long a route's handler may take to start its response, on a route or on every route
 * of an API [RUNTIME-4-1]. The default is the configuration {@code waymark.timeout}, else
 * {@code 30s} (API Gateway's integration timeout). When it is exceeded the client is answered
 * {@code 504} as a problem of type {@code handler-timeout}; a blocking handler is interrupted, and
 * whatever the handler produces afterwards is discarded. A stream that has started is not cut.
 *
 * <p>(Named so as not to be confused with MicroProfile Fault Tolerance's {@code @Timeout}, an
 * interceptor binding.)
 *
 * <pre>
 * &#64;Route("POST /reports")
 * &#64;RouteTimeout("2m")
 * Report build(ReportRequest request) { ... }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RouteTimeout {

    /** The value that turns the time limit off. */
    String NONE = "none";

    /**
     * The time limit.
     *
     * @return a duration with a unit: {@code ms}, {@code s}, {@code m} or {@code h}
     *         ({@code "500ms"}, {@code "30s"}, {@code "2m"}), or {@code "none"}
     */
    String value();
}
