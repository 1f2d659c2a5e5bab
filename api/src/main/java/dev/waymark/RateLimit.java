package dev.waymark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Throttles a route, or every route of an API, as SST's {@code throttle} does [LIMIT-1-1]: a token
 * bucket per client that holds {@link #burst()} requests and refills at {@link #rate()} requests per
 * {@link #per()}. A route's declaration replaces its API's; {@code enabled = false} turns it off.
 *
 * <p>Rules: each route has its own buckets. A request over the limit MUST be answered {@code 429}
 * as a problem of type {@code rate-limited} with {@code Retry-After} (whole seconds until a request
 * would pass), before its handler runs and after its authorizer [LIMIT-1-2]. Every answer of a
 * throttled route carries {@code RateLimit-Limit} (the burst), {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} (seconds until the bucket is full) [LIMIT-1-3]. Clients are told apart
 * by {@link #key()}: the client address (through {@code Forwarded} or {@code X-Forwarded-For} only
 * when the peer is one of {@code waymark.trusted-proxies}) [LIMIT-2-1], the authorizer's principal,
 * or a header. A rate or burst below one, or {@link Key#PRINCIPAL} on a route without an
 * authorizer, fails deployment.
 *
 * <pre>
 * &#64;Route("POST /notes")
 * &#64;RateLimit(rate = 10, per = "1s", burst = 20)      // 10 a second, bursts of 20, per client address
 * public Note create(NoteDraft draft) { ... }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RateLimit {

    /** What tells clients apart. */
    enum Key {
        /** The client's address. */
        IP,
        /** The principal the route's authorizer established. */
        PRINCIPAL,
        /** The value of {@link RateLimit#header()}; requests without it are told apart by address. */
        HEADER
    }

    /**
     * Whether the route is throttled.
     *
     * @return {@code false} to lift an API's limit for one route
     */
    boolean enabled() default true;

    /**
     * The steady rate: requests per {@link #per()}.
     *
     * @return at least 1
     */
    int rate() default 1;

    /**
     * The period of {@link #rate()}.
     *
     * @return a duration such as {@code "1s"} (default) or {@code "1m"}
     */
    String per() default "1s";

    /**
     * The most requests a client may make at once.
     *
     * @return at least 1; 0 (default) means the rate
     */
    int burst() default 0;

    /**
     * What tells clients apart.
     *
     * @return default {@link Key#IP}
     */
    Key key() default Key.IP;

    /**
     * The header for {@link Key#HEADER}.
     *
     * @return a header name, such as {@code X-Api-Key}
     */
    String header() default "";
}
