package dev.waymark.log;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The access log of an API or of one route [LOG-1-1]: on by default, one line per request, written
 * off the request's thread [LOG-1-3] to the output {@code waymark.access-log.output} names
 * ({@code System.Logger} {@code waymark.access} in a web archive, standard output on a runtime that
 * owns its process) and to {@code waymark.access-log.file} when configured. A route's declaration
 * replaces its API's, which replaces the configuration {@code waymark.access-log.format}.
 *
 * <p>The default line is a JSON object with {@code requestId}, {@code sourceIp},
 * {@code requestTime}, {@code httpMethod}, {@code path}, {@code routeKey}, {@code status},
 * {@code protocol}, {@code responseLength}, {@code responseLatency} and {@code userAgent}. A
 * format string uses API Gateway's {@code $context} variables instead [LOG-1-2]; an unknown
 * variable fails deployment.
 *
 * <pre>
 * &#64;Api(name = "notes")
 * &#64;AccessLog(format = "$context.identity.sourceIp,$context.requestTime,$context.httpMethod,"
 *         + "$context.routeKey,$context.protocol,$context.status,$context.responseLength,$context.requestId")
 * public class NotesApi { ... }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AccessLog {

    /**
     * Whether requests are logged.
     *
     * @return {@code false} to log nothing
     */
    boolean enabled() default true;

    /**
     * The line format.
     *
     * @return a format with {@code $context.*} variables; the empty string (default) for the JSON
     *         line
     */
    String format() default "";
}
