package dev.waymark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The response size above which a route's response is reported, on a route or on every route of an
 * API [RESP-1-1].
 *
 * <p>Sizes follow the same format as {@link BodyLimit}. A route's annotation overrides its API's,
 * which overrides the configuration {@code waymark.response.limit} (default {@code 4mb}). A
 * response over the limit, buffered or streamed, is logged once as a warning naming the route, its
 * size and the limit [RESP-1-1]. With
 * {@code strict = true}, a response known to be over the limit before it is sent is refused instead,
 * with a {@code 500} problem of type {@code response-too-large}.
 *
 * <pre>
 * &#64;Route("GET /export")
 * &#64;ResponseLimit("8mb")
 * public byte[] export() { ... }
 *
 * &#64;Route("GET /report")
 * &#64;ResponseLimit(value = "1mb", strict = true)
 * public Report report() { ... }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ResponseLimit {

    /**
     * The response size above which the response is reported.
     *
     * @return a size such as {@code "8mb"}, or {@value #OFF} (Next.js's {@code responseLimit: false},
     *         also spelled {@value BodyLimit#UNLIMITED}) for no limit; the empty string (default)
     *         keeps the limit of the API or of the configuration
     */
    String value() default "";

    /** The value that turns the response limit off. */
    String OFF = "false";

    /**
     * Whether a response known to be over the limit is refused rather than logged.
     *
     * @return {@code true} for a 500 problem instead of the response; default {@code false}
     */
    boolean strict() default false;
}
