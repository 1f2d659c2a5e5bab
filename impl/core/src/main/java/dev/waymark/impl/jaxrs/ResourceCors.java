package dev.waymark.impl.jaxrs;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
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
        String httpMethod = httpMethod(method);
        if (httpMethod != null) {
            targets.add(new Target(pattern(path(type), path(method)), httpMethod, rules));
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        String requested = request.getHeaderString("Access-Control-Request-Method");
        if (!"OPTIONS".equals(request.getMethod()) || origin == null || requested == null) {
            return;
        }
        String path = "/" + stripSlashes(request.getUriInfo().getPath());
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

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String path(java.lang.reflect.AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : stripSlashes(path.value());
    }

    /** A JAX-RS path template as a pattern: {@code {name}} is one segment, {@code {name: regex}} its regex. */
    private static Pattern pattern(String classPath, String methodPath) {
        String template = "/" + String.join("/", List.of(classPath, methodPath).stream().filter(part -> !part.isEmpty()).toList());
        StringBuilder regex = new StringBuilder();
        Matcher parameter = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})*))?\\}").matcher(template);
        int at = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(at, parameter.start())));
            regex.append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1).strip()).append(')');
            at = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(at))).append("/?");
        return Pattern.compile(regex.toString());
    }

    private static String stripSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
