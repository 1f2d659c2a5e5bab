package dev.waymark.impl.auth;

import java.lang.System.Logger.Level;
import java.util.Collections;

import dev.waymark.auth.AuthorizerDefinition;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.Problem;
import dev.waymark.impl.http.QueryString;

/** A JWT authorizer: a bearer token in a header, verified, then checked against the route's scopes [AUTH-2]. */
final class JwtAuthorization implements RouteAuthorizer {

    private static final System.Logger LOG = System.getLogger("dev.waymark.auth");
    private static final String BEARER = "bearer ";
    private static final long REMEMBER_MILLIS = 60_000;

    private final String name;
    private final String tokenHeader;
    private final String tokenQueryParameter;
    private final TokenVerifier verifier;
    private final ExpiringCache<String, TokenVerifier.VerifiedToken> verified = new ExpiringCache<>();

    JwtAuthorization(String name, String tokenHeader, String tokenQueryParameter, TokenVerifier verifier) {
        this.name = name;
        this.tokenHeader = tokenHeader;
        this.tokenQueryParameter = tokenQueryParameter;
        this.verifier = verifier;
    }

    @Override
    public AuthorizerDefinition.Kind kind() {
        return AuthorizerDefinition.Kind.JWT;
    }

    @Override
    public AuthDecision authorize(Exchange exchange, RouteGuard guard) {
        String path = exchange.rawPath();
        String realm = guard.apiName();
        String header = exchange.headers().getFirst(tokenHeader);
        if ((header == null || header.isBlank()) && tokenQueryParameter != null) {
            java.util.List<String> values = QueryString.parse(exchange.rawQuery()).get(tokenQueryParameter);
            if (values != null && !values.isEmpty() && !values.get(0).isBlank()) {
                header = BEARER + values.get(0);
            }
        }
        if (header == null || header.isBlank()) {
            return Refusals.refuse(Problem.unauthorized("This route needs a bearer token in the " + tokenHeader + " header"),
                    Refusals.challenge("Bearer", realm), path);
        }
        String value = header.strip();
        if (value.length() <= BEARER.length() || !value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return invalid("The " + tokenHeader + " header is not of the form 'Bearer <token>'", realm, path);
        }
        String compact = value.substring(BEARER.length()).strip();
        TokenVerifier.VerifiedToken token = verified.get(compact);
        if (token == null) {
            try {
                token = verifier.verify(compact);
            } catch (TokenVerifier.InvalidTokenException e) {
                LOG.log(Level.DEBUG, () -> "Token refused by authorizer " + name + ": " + e.getMessage(), e.getCause());
                return invalid(e.getMessage(), realm, path);
            }
            remember(compact, token);
        }
        if (!guard.scopes().isEmpty() && Collections.disjoint(guard.scopes(), token.scopes())) {
            String required = String.join(" ", guard.scopes());
            return Refusals.refuse(Problem.forbidden("The token grants none of the scopes this route requires: " + required),
                    Refusals.challenge("Bearer", realm, "error", "insufficient_scope", "scope", required), path);
        }
        return AuthDecision.allow(new DefaultIdentity(name, token.principal(), token.scopes(), token.claims(),
                java.util.Map.of(), token.credential()));
    }

    /**
     * Keeps a verified token, so the same token is not verified again on every request: until it
     * expires, and at most {@value #REMEMBER_MILLIS} ms, so a key the issuer withdraws stops
     * working soon.
     */
    private void remember(String compact, TokenVerifier.VerifiedToken token) {
        if (token.claims().get("exp") instanceof Number expires) {
            long now = System.currentTimeMillis();
            verified.put(compact, token, Math.min(expires.longValue() * 1000, now + REMEMBER_MILLIS));
        }
    }

    private static AuthDecision invalid(String reason, String realm, String path) {
        return Refusals.refuse(Problem.unauthorized("The bearer token is not accepted: " + reason),
                Refusals.challenge("Bearer", realm, "error", "invalid_token", "error_description", reason), path);
    }
}
