package dev.waymark.impl.auth;

import java.security.Principal;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.SecurityContext;

import dev.waymark.auth.AuthorizerDefinition;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.Problem;

/** A container authorizer: the principal and roles of the request's JAX-RS security context [AUTH-4]. */
final class ContainerAuthorization implements RouteAuthorizer {

    private final String name;

    ContainerAuthorization(String name) {
        this.name = name;
    }

    @Override
    public AuthorizerDefinition.Kind kind() {
        return AuthorizerDefinition.Kind.CONTAINER;
    }

    @Override
    public AuthDecision authorize(Exchange exchange, RouteGuard guard) {
        SecurityContext security = exchange.security();
        Principal principal = security == null ? null : security.getUserPrincipal();
        String path = exchange.rawPath();
        if (principal == null) {
            String scheme = security == null || security.getAuthenticationScheme() == null ? "Basic" : schemeName(security.getAuthenticationScheme());
            return Refusals.refuse(Problem.unauthorized("This route needs an authenticated caller"),
                    Refusals.challenge(scheme, guard.apiName()), path);
        }
        if (!guard.roles().isEmpty() && guard.roles().stream().noneMatch(security::isUserInRole)) {
            return Refusals.refuse(Problem.forbidden("The caller has none of the roles this route allows: "
                    + String.join(", ", guard.roles())), null, path);
        }
        return AuthDecision.allow(new DefaultIdentity(name, principal.getName(), Set.of(), Map.of(), Map.of(), principal));
    }

    /** {@code BASIC} as the challenge scheme {@code Basic}. */
    private static String schemeName(String scheme) {
        return scheme.isEmpty() ? "Basic" : scheme.charAt(0) + scheme.substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
