package dev.waymark.tck.auth.app;

import java.security.Principal;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

/**
 * The container's security for the TCK, as a JAX-RS authentication filter: header
 * {@code X-Test-User: name;role,role} authenticates the caller.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class HeaderSecurityFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String user = request.getHeaderString("X-Test-User");
        if (user == null) {
            return;
        }
        String[] parts = user.split(";", 2);
        Set<String> roles = parts.length > 1 ? Set.of(parts[1].split(",")) : Set.of();
        Principal principal = () -> parts[0];
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return roles.contains(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return "X-TEST";
            }
        });
    }
}
