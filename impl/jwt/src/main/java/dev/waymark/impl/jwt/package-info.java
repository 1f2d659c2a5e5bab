/**
 * JWT authorizers on SmallRye JWT: the token verifier Waymark's core finds with
 * {@link java.util.ServiceLoader}, the request's {@code JsonWebToken} as a CDI bean, and SmallRye
 * JWT's own classes kept out of the application's beans.
 */
package dev.waymark.impl.jwt;
