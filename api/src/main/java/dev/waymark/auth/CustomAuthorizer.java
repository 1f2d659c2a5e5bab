package dev.waymark.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a custom authorizer of an API [AUTH-3-1]: an {@link Authorizer} (a CDI bean where CDI is
 * present) that decides from the request's identity sources, like an API Gateway Lambda authorizer.
 *
 * <p>Rules: an identity source is {@code $request.header.<name>}, {@code $request.querystring.<name>}
 * or {@code $request.cookie.<name>}; any other form fails deployment [AUTH-3-1]. A request that lacks
 * one of them, or has it empty, is answered 401 without calling the authorizer [AUTH-3-2]. A deny is
 * answered with {@link #denyStatus()} [AUTH-3-3]. With a {@link #resultTtl()} above zero, a decision
 * is kept for that long for the same identity-source values and the authorizer is not called again
 * for them [AUTH-3-4]. An authorizer that throws ends the request with a 500 problem; the handler
 * does not run.
 *
 * <pre>
 * &#64;Api(name = "reports")
 * &#64;CustomAuthorizer(name = "apiKey", authorizer = ApiKeyAuthorizer.class,
 *                   identitySources = "$request.header.X-Api-Key", resultTtl = "5m")
 * &#64;Authorize("apiKey")
 * public class ReportsApi { ... }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(CustomAuthorizer.List.class)
public @interface CustomAuthorizer {

    /**
     * The authorizer's name, unique in its API.
     *
     * @return the name {@link Authorize} chooses it by
     */
    String name();

    /**
     * The class that decides; where CDI is present the bean of that type, else a new instance made
     * with its public no-argument constructor.
     *
     * @return the class
     */
    Class<? extends Authorizer> authorizer();

    /**
     * Where the credentials are, in order.
     *
     * @return identity sources; default {@code $request.header.Authorization}
     */
    String[] identitySources() default "$request.header.Authorization";

    /**
     * How long a decision is kept for the same identity-source values.
     *
     * @return a duration such as {@code "5m"}; default {@code "0s"}, no caching (as in SST)
     */
    String resultTtl() default "0s";

    /**
     * The status of a deny.
     *
     * @return 401 or 403 (default, as API Gateway answers)
     */
    int denyStatus() default 403;

    /** Several custom authorizers on one API. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {

        /**
         * The authorizers.
         *
         * @return the authorizers
         */
        CustomAuthorizer[] value();
    }
}
