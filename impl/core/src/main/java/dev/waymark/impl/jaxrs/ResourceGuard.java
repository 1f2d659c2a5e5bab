package dev.waymark.impl.jaxrs;

import java.net.URI;
import java.security.Principal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;

import dev.waymark.auth.Identity;
import dev.waymark.impl.auth.AuthDecision;
import dev.waymark.impl.auth.RouteGuard;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.log.AccessRecord;

/**
 * The authorizer of one resource method [JAXRS-2-6]: it decides before the method runs, as for a
 * route, refusing with the same {@code 401} or {@code 403} problem, whose instance is the request's
 * whole path. An allowed caller is the
 * request's {@link Identity} (the request property {@link #IDENTITY}), and the principal of its
 * security context, so the method, the application's later filters and a rate limit keyed by
 * principal see who it is.
 */
final class ResourceGuard implements ContainerRequestFilter {

    /** The request property that holds the caller's {@link Identity}. */
    static final String IDENTITY = "dev.waymark.identity";

    private final RouteGuard guard;

    ResourceGuard(RouteGuard guard) {
        this.guard = guard;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        AccessRecord record = request.getProperty(ResourceAccessLog.RECORD) instanceof AccessRecord known ? known
                : new AccessRecord(null, request.getProperty(AccessRecord.SOURCE_IP) instanceof String address ? address : null,
                        request.getMethod(), uri.getRawPath(), null, null, null);
        AuthDecision decision = guard.check(new Exchange("", request.getMethod(), uri.getRawPath(), uri.getRawQuery(),
                request.getHeaders(), null, record, request.getSecurityContext()));
        if (decision.refused()) {
            request.abortWith(decision.refusal());
            return;
        }
        Identity identity = decision.identity();
        request.setProperty(IDENTITY, identity);
        SecurityContext container = request.getSecurityContext();
        if (container == null || container.getUserPrincipal() == null) {
            request.setSecurityContext(new IdentityContext(identity, container, uri.getScheme()));
        }
    }

    /** The security context of a caller an authorizer other than the container's allowed. */
    private record IdentityContext(Identity identity, SecurityContext container, String scheme) implements SecurityContext {

        @Override
        public Principal getUserPrincipal() {
            return identity::principal;
        }

        @Override
        public boolean isUserInRole(String role) {
            return container != null && container.isUserInRole(role);
        }

        @Override
        public boolean isSecure() {
            return "https".equalsIgnoreCase(scheme);
        }

        @Override
        public String getAuthenticationScheme() {
            return identity.authorizer();
        }
    }
}
