package dev.waymark.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a JWT authorizer of an API [AUTH-2-1]: a bearer token in the {@code Authorization}
 * header, verified as MicroProfile JWT verifies it, with the keys of a JWKS URL or a PEM public
 * key.
 *
 * <p>Every attribute can be set, or replaced, by configuration under
 * {@code waymark.auth.<name>.}: {@code issuer}, {@code audiences} (comma separated),
 * {@code jwks-url}, {@code public-key} (PEM text), {@code token-header} and
 * {@code token-query-parameter}. Exactly one of a JWKS URL
 * and a public key MUST be given, else deployment fails naming the authorizer [AUTH-2-1].
 *
 * <p>Rules [AUTH-2-2, AUTH-2-3]: a request without a token is answered 401 with
 * {@code WWW-Authenticate: Bearer realm="<api>"}; a token that is not signed (alg {@code none}),
 * is signed with another algorithm than RS256 or ES256 (HS256 with the public key as secret
 * included), has a bad signature, an unknown {@code kid}, is expired or not yet valid, or names
 * another issuer or none of the audiences is answered 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"}. Keys from a JWKS URL are cached, and
 * fetched again when a token names a {@code kid} the cache lacks. A handler may take the verified
 * token as an {@code org.eclipse.microprofile.jwt.JsonWebToken} parameter, and CDI beans may
 * {@code @Inject} it.
 *
 * <pre>
 * &#64;Api(name = "notes")
 * &#64;JwtAuthorizer(name = "auth0", issuer = "https://example.auth0.com/", audiences = "notes",
 *                jwksUrl = "https://example.auth0.com/.well-known/jwks.json")
 * &#64;Authorize("auth0")
 * public class NotesApi { ... }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(JwtAuthorizer.List.class)
public @interface JwtAuthorizer {

    /**
     * The authorizer's name, unique in its API.
     *
     * @return the name {@link Authorize} chooses it by
     */
    String name();

    /**
     * The issuer the {@code iss} claim must equal.
     *
     * @return the issuer; the empty string (default) means {@code waymark.auth.<name>.issuer}
     */
    String issuer() default "";

    /**
     * The audiences of which the {@code aud} claim must name one.
     *
     * @return audiences; empty (default) means {@code waymark.auth.<name>.audiences}, or no check
     */
    String[] audiences() default {};

    /**
     * Where the signing keys are published, as a JSON Web Key Set.
     *
     * @return an {@code http:} or {@code https:} URL; default none
     */
    String jwksUrl() default "";

    /**
     * The signing key, for an issuer that publishes no JWKS.
     *
     * @return a PEM public key ({@code -----BEGIN PUBLIC KEY-----} optional); default none
     */
    String publicKey() default "";

    /**
     * The header that carries the token, as {@code Bearer <token>}.
     *
     * @return a header name; default {@code Authorization}
     */
    String tokenHeader() default "Authorization";

    /**
     * A query parameter that may carry the token instead, for clients that cannot set headers (a
     * browser's WebSocket handshake) [AUTH-2-6].
     *
     * @return the parameter name, such as {@code token}; the empty string (default) for none
     */
    String tokenQueryParameter() default "";

    /** Several JWT authorizers on one API. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {

        /**
         * The authorizers.
         *
         * @return the authorizers
         */
        JwtAuthorizer[] value();
    }
}
