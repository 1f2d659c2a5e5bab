package dev.waymark.auth;

import java.util.List;

/**
 * What an {@link Authorizer} is given: the values of the identity sources and what the request asks
 * for [AUTH-3-1].
 *
 * @since 0.1
 */
public interface AuthorizerRequest {

    /**
     * The values of the authorizer's identity sources, in declaration order; none is null or empty.
     *
     * @return the values
     */
    List<String> identitySources();

    /**
     * The request method.
     *
     * @return such as {@code GET}
     */
    String method();

    /**
     * The raw request path, relative to the application root.
     *
     * @return the path
     */
    String path();

    /**
     * The key of the route asked for.
     *
     * @return such as {@code GET /notes/{id}}
     */
    String routeKey();

    /**
     * The client's address.
     *
     * @return an IP address, or {@code -} if the container does not tell
     */
    String sourceIp();
}
