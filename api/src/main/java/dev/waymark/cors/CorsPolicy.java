package dev.waymark.cors;

import java.util.List;
import java.util.Optional;

/**
 * A CORS policy in code, the counterpart of {@link Cors} for route tables [CORS-1-1]. Immutable.
 *
 * <pre>
 * RouteTable.create("notes", "/", RouteOptions.defaults().cors(
 *         CorsPolicy.allowAll().allowOrigins("https://app.example.com").allowCredentials(true)));
 * </pre>
 *
 * @param enabled whether CORS headers are sent
 * @param allowOrigins the origins allowed (exact, one-{@code *} patterns, or {@code *})
 * @param allowMethods the methods allowed, or {@code *}
 * @param allowHeaders the request headers allowed, or {@code *}
 * @param exposeHeaders the response headers exposed
 * @param allowCredentials whether credentials may be sent
 * @param maxAge how long a preflight answer may be cached, such as {@code "1h"}
 * @since 0.1
 */
public record CorsPolicy(boolean enabled, List<String> allowOrigins, List<String> allowMethods, List<String> allowHeaders,
        List<String> exposeHeaders, boolean allowCredentials, Optional<String> maxAge) {

    /**
     * Copies the lists.
     */
    public CorsPolicy {
        allowOrigins = List.copyOf(allowOrigins);
        allowMethods = List.copyOf(allowMethods);
        allowHeaders = List.copyOf(allowHeaders);
        exposeHeaders = List.copyOf(exposeHeaders);
    }

    /**
     * SST's default: every origin, method and header, no credentials, no max age.
     *
     * @return the policy
     */
    public static CorsPolicy allowAll() {
        return new CorsPolicy(true, List.of("*"), List.of("*"), List.of("*"), List.of(), false, Optional.empty());
    }

    /**
     * No CORS at all.
     *
     * @return the policy
     */
    public static CorsPolicy disabled() {
        return new CorsPolicy(false, List.of(), List.of(), List.of(), List.of(), false, Optional.empty());
    }

    /**
     * This policy with other allowed origins.
     *
     * @param origins the origins
     * @return a new policy
     */
    public CorsPolicy allowOrigins(String... origins) {
        return new CorsPolicy(enabled, List.of(origins), allowMethods, allowHeaders, exposeHeaders, allowCredentials, maxAge);
    }

    /**
     * This policy with other allowed methods.
     *
     * @param methods the methods
     * @return a new policy
     */
    public CorsPolicy allowMethods(String... methods) {
        return new CorsPolicy(enabled, allowOrigins, List.of(methods), allowHeaders, exposeHeaders, allowCredentials, maxAge);
    }

    /**
     * This policy with other allowed request headers.
     *
     * @param headers the headers
     * @return a new policy
     */
    public CorsPolicy allowHeaders(String... headers) {
        return new CorsPolicy(enabled, allowOrigins, allowMethods, List.of(headers), exposeHeaders, allowCredentials, maxAge);
    }

    /**
     * This policy with other exposed response headers.
     *
     * @param headers the headers
     * @return a new policy
     */
    public CorsPolicy exposeHeaders(String... headers) {
        return new CorsPolicy(enabled, allowOrigins, allowMethods, allowHeaders, List.of(headers), allowCredentials, maxAge);
    }

    /**
     * This policy with credentials allowed or not.
     *
     * @param allow whether credentials may be sent
     * @return a new policy
     */
    public CorsPolicy allowCredentials(boolean allow) {
        return new CorsPolicy(enabled, allowOrigins, allowMethods, allowHeaders, exposeHeaders, allow, maxAge);
    }

    /**
     * This policy with a max age for preflight answers.
     *
     * @param duration such as {@code "10m"}
     * @return a new policy
     */
    public CorsPolicy maxAge(String duration) {
        return new CorsPolicy(enabled, allowOrigins, allowMethods, allowHeaders, exposeHeaders, allowCredentials, Optional.of(duration));
    }
}
