package dev.waymark.auth;

/**
 * Decides whether a request may reach its route: the logic of a {@link CustomAuthorizer}, like an
 * API Gateway Lambda authorizer [AUTH-3-1].
 *
 * <p>The implementation calls it only with every identity source present, and may call it from
 * several threads at once. Throwing ends the request with a 500 problem.
 *
 * <pre>
 * &#64;ApplicationScoped
 * public class ApiKeyAuthorizer implements Authorizer {
 *     &#64;Inject KeyStore keys;
 *
 *     &#64;Override
 *     public AuthorizerResult authorize(AuthorizerRequest request) {
 *         return keys.owner(request.identitySources().get(0))
 *                 .map(owner -&gt; AuthorizerResult.allow(owner, Map.of("plan", keys.plan(owner))))
 *                 .orElse(AuthorizerResult.deny());
 *     }
 * }
 * </pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Authorizer {

    /**
     * Decides.
     *
     * @param request the request's identity sources and what it asks for
     * @return allow, with the caller's name and a context for the handler, or deny
     */
    AuthorizerResult authorize(AuthorizerRequest request);
}
