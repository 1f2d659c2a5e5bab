package dev.waymark.impl.jaxrs;

import java.security.Principal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

import dev.waymark.impl.limit.RateLimiter;
import dev.waymark.impl.limit.TrustedProxies;
import dev.waymark.impl.log.AccessRecord;

/**
 * The rate limit of one resource method [JAXRS-2-3]: it runs after the application's
 * authentication and authorization filters, so a limit keyed by principal counts the caller the
 * security context names (a request without one is counted by its address); a refused request is
 * answered {@code 429} with {@code Retry-After}, and every answer of the method carries the
 * {@code RateLimit-*} headers.
 */
final class ResourceRateLimit implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String OUTCOME = "dev.waymark.resource-rate-limit";

    private final RateLimiter limiter;
    private final TrustedProxies trustedProxies;

    ResourceRateLimit(RateLimiter limiter, TrustedProxies trustedProxies) {
        this.limiter = limiter;
        this.trustedProxies = trustedProxies;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        String peer = request.getProperty(AccessRecord.SOURCE_IP) instanceof String address ? address : "-";
        RateLimiter.Outcome outcome = limiter.acquire(request.getHeaders(), principal == null ? null : principal.getName(),
                trustedProxies.clientAddress(peer, request.getHeaders()));
        if (outcome.allowed()) {
            request.setProperty(OUTCOME, outcome);
        } else {
            request.abortWith(outcome.refusal(request.getUriInfo().getRequestUri().getRawPath()));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(OUTCOME) instanceof RateLimiter.Outcome outcome) {
            outcome.headers().forEach(response.getHeaders()::putSingle);
        }
    }
}
