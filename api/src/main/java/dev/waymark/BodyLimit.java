package dev.waymark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Limits the size of a request body, on a route or on every route of an API [BODY-1-1].
 *
 * <p>Sizes follow the {@code bytes} format: a number of bytes ({@code "1024"}), or a number with
 * one of the units {@code b}, {@code kb}, {@code mb}, {@code gb} (1 kb = 1024 bytes), or
 * {@value #UNLIMITED}. A route's annotation overrides its API's, which overrides the configuration
 * {@code waymark.body.limit} (default {@code 1mb}). A body over the limit is answered with a
 * {@code 413} problem; the limit is enforced while reading, so a declared {@code Content-Length}
 * over the limit is refused before the body is read, and a chunked body is cut off at the limit.
 *
 * <p>With {@code parse = false} the handler gets the body as it came, for signature checks of
 * webhooks: its body parameter MUST be a {@code byte[]} or an {@code InputStream}, else deployment
 * fails. The limit still applies unless it is {@value #UNLIMITED}.
 *
 * <pre>
 * &#64;Route("POST /upload")
 * &#64;BodyLimit("500kb")
 * public void upload(byte[] body) { ... }
 *
 * &#64;Route("POST /webhooks/stripe")
 * &#64;BodyLimit(parse = false)
 * public void stripe(byte[] raw, &#64;HeaderParam("Stripe-Signature") String signature) { ... }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BodyLimit {

    /** The size that means no limit. */
    String UNLIMITED = "unlimited";

    /**
     * The largest body accepted.
     *
     * @return a size such as {@code "500kb"}, or {@value #UNLIMITED}; the empty string (default)
     *         keeps the limit of the API or of the configuration
     */
    String value() default "";

    /**
     * Whether the body is bound to a Java type by its content type.
     *
     * @return {@code false} to hand the handler the raw bytes or stream; default {@code true}
     */
    boolean parse() default true;
}
