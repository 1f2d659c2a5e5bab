/**
 * JWT authorizers on SmallRye JWT: the token verifier Waymark's core finds with
 * {@link java.util.ServiceLoader}, and the request's {@code JsonWebToken} as a CDI bean.
 */
package dev.waymark.impl.jwt;
