package dev.waymark.impl.jaxrs;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

import dev.waymark.cors.CorsPolicy;
import dev.waymark.impl.cors.CorsRules;

/**
 * The CORS policies of a JAX-RS application's resource methods [CORS-4-1]: each method with
 * {@link dev.waymark.cors.Cors} (on it, else on its class) gets a response filter adding its CORS
 * headers, and preflights for its path and method are answered from its policy before matching,
 * so no resource method and no other filter of the application runs for them.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class ResourceCors implements DynamicFeature, ContainerRequestFilter {

    private final List<Target> targets = new CopyOnWriteArrayList<>();

    /** A resource method's path, as a pattern, its method and its policy. */
    private record Target(Pattern path, String method, CorsRules rules) {
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        Optional<CorsPolicy> policy = CorsRules.policyOf(method).or(() -> CorsRules.policyOf(type));
        if (policy.isEmpty()) {
            return;
        }
        CorsRules rules = CorsRules.of(policy.get(), type.getSimpleName() + "#" + method.getName());
        context.register((ContainerResponseFilter) (request, response) -> {
            String origin = request.getHeaderString("Origin");
            if (origin != null) {
                rules.headersFor(origin).forEach((name, value) -> response.getHeaders().add(name, value));
            }
        });
        ResourceMethod target = ResourceMethod.of(type, method);
        if (target.httpMethod() != null) {
            targets.add(new Target(target.pattern(), target.httpMethod(), rules));
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        String requested = request.getHeaderString("Access-Control-Request-Method");
        if (!"OPTIONS".equals(request.getMethod()) || origin == null || requested == null) {
            return;
        }
        String path = "/" + ResourceMethod.stripSlashes(request.getUriInfo().getPath());
        for (Target target : targets) {
            if (target.method().equalsIgnoreCase(requested.strip()) && target.path().matcher(path).matches()) {
                if (target.rules().enabled()) {
                    request.abortWith(target.rules().preflight(origin, requested, request.getHeaderString("Access-Control-Request-Headers"),
                            path));
                }
                return;
            }
        }
    }
}
