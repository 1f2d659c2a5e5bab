package dev.waymark.auth;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who called, as the route's authorizer established it [AUTH-1-5]; a handler reads it with
 * {@link dev.waymark.ApiRequest#identity()}.
 *
 * <pre>
 * &#64;Route("GET /me")
 * public Map&lt;String, Object&gt; me(ApiRequest request) {
 *     Identity caller = request.identity().orElseThrow();
 *     return Map.of("name", caller.principal(), "scopes", caller.scopes());
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface Identity {

    /**
     * The authorizer that established it.
     *
     * @return the authorizer's name
     */
    String authorizer();

    /**
     * The caller's name: a JWT's {@code upn}, {@code preferred_username} or {@code sub}; a custom
     * authorizer's principal; the container principal's name.
     *
     * @return the name
     */
    String principal();

    /**
     * The scopes a JWT grants ({@code scope} or {@code scp}).
     *
     * @return the scopes; empty for other authorizers
     */
    Set<String> scopes();

    /**
     * The claims of a JWT.
     *
     * @return claim name to value (JSON values as Java strings, numbers, booleans, lists and maps);
     *         empty for other authorizers
     */
    Map<String, Object> claims();

    /**
     * What a custom authorizer passed on with its decision.
     *
     * @return the context; empty for other authorizers
     */
    Map<String, Object> context();

    /**
     * The credential behind the identity, as the implementation's own type: a MicroProfile
     * {@code JsonWebToken} for a JWT, the {@code java.security.Principal} for the container.
     *
     * @param type the type asked for
     * @param <T> the type
     * @return the credential, if it is of that type
     */
    <T> Optional<T> credential(Class<T> type);
}
