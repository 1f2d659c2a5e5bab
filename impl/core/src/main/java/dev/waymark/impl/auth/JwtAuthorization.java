package dev.waymark.impl.auth;

import java.lang.System.Logger.Level;
import java.util.Collections;

import dev.waymark.auth.AuthorizerDefinition;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.Problem;

/** A JWT authorizer: a bearer token in a header, verified, then checked against the route's scopes [AUTH-2]. */
final class JwtAuthorization implements RouteAuthorizer {

    private static final System.Logger LOG = System.getLogger("dev.waymark.auth");
    private static final String BEARER = "bearer ";

    private final String name;
    private final String tokenHeader;
    private final TokenVerifier verifier;

    JwtAuthorization(String name, String tokenHeader, TokenVerifier verifier) {
        this.name = name;
        this.tokenHeader = tokenHeader;
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
        if (header == null || header.isBlank()) {
            return Refusals.refuse(Problem.unauthorized("This route needs a bearer token in the " + tokenHeader + " header"),
                    Refusals.challenge("Bearer", realm), path);
        }
        String value = header.strip();
        if (value.length() <= BEARER.length() || !value.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return invalid("The " + tokenHeader + " header is not of the form 'Bearer <token>'", realm, path);
        }
        TokenVerifier.VerifiedToken token;
        try {
            token = verifier.verify(value.substring(BEARER.length()).strip());
        } catch (TokenVerifier.InvalidTokenException e) {
            LOG.log(Level.DEBUG, () -> "Token refused by authorizer " + name + ": " + e.getMessage(), e.getCause());
            return invalid(e.getMessage(), realm, path);
        }
        if (!guard.scopes().isEmpty() && Collections.disjoint(guard.scopes(), token.scopes())) {
            String required = String.join(" ", guard.scopes());
            return Refusals.refuse(Problem.forbidden("The token grants none of the scopes this route requires: " + required),
                    Refusals.challenge("Bearer", realm, "error", "insufficient_scope", "scope", required), path);
        }
        return AuthDecision.allow(new DefaultIdentity(name, token.principal(), token.scopes(), token.claims(),
                java.util.Map.of(), token.credential()));
    }

    private static AuthDecision invalid(String reason, String realm, String path) {
        return Refusals.refuse(Problem.unauthorized("The bearer token is not accepted: " + reason),
                Refusals.challenge("Bearer", realm, "error", "invalid_token", "error_description", reason), path);
    }
}
