/**
 * Authorizers [AUTH]: who may call a route. An API declares named authorizers ({@link JwtAuthorizer},
 * {@link CustomAuthorizer}, {@link ContainerAuthorizer}, or {@link AuthorizerDefinition} for a route
 * table), chooses one as its default with {@link Authorize}, and each route may choose another, or
 * {@link Authorize#NONE}. A handler sees the outcome as {@link Identity}.
 *
 * @since 0.1
 */
package dev.waymark.auth;
