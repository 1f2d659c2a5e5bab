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
 * one of the units {@code b}, {@code kb}, {@code mb}, {@code gb} (1 kb = 1024 bytes). Without the
 * annotation the limit is {@code 1mb}. A body over the limit is answered with a {@code 413}
 * problem; the limit is enforced while reading, so a declared {@code Content-Length} over the
 * limit is refused before the body is read. A route's annotation overrides its API's.
 *
 * <pre>
 * &#64;Route("POST /upload")
 * &#64;BodyLimit("500kb")
 * public void upload(byte[] body) { ... }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BodyLimit {

    /**
     * The largest body accepted.
     *
     * @return a size such as {@code "500kb"}; default {@code "1mb"}
     */
    String value() default "1mb";
}
