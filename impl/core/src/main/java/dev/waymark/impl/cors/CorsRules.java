package dev.waymark.impl.cors;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Response;

import dev.waymark.ApiDeploymentException;
import dev.waymark.cors.Cors;
import dev.waymark.cors.CorsPolicy;
import dev.waymark.impl.config.ConfigKey;
import dev.waymark.impl.config.ConfigKeys;
import dev.waymark.impl.http.Durations;
import dev.waymark.impl.http.Problem;

/**
 * A CORS policy, checked and compiled at deployment: answers preflights and adds the CORS headers
 * of cross-origin responses (the Fetch standard's CORS protocol).
 */
public final class CorsRules {

    /** SST's default: every origin, method and header; no credentials; no max age. */
    public static final CorsRules ALLOW_ALL = of(CorsPolicy.allowAll(), "the default CORS policy");

    /** No CORS headers at all. */
    public static final CorsRules DISABLED = of(CorsPolicy.disabled(), "a disabled CORS policy");

    private static final Pattern HOST_RUN = Pattern.compile("[A-Za-z0-9.-]*");

    private final boolean enabled;
    private final boolean anyOrigin;
    private final Set<String> origins;
    private final List<Pattern> originPatterns;
    private final boolean anyMethod;
    private final Set<String> methods;
    private final boolean anyHeader;
    private final Set<String> headers;
    private final String exposeHeaders;
    private final boolean credentials;
    private final String maxAgeSeconds;

    private CorsRules(CorsPolicy policy, String where) {
        this.enabled = policy.enabled();
        this.anyOrigin = policy.allowOrigins().contains("*");
        this.origins = new LinkedHashSet<>();
        this.originPatterns = new ArrayList<>();
        for (String origin : policy.allowOrigins()) {
            if (origin.equals("*")) {
                continue;
            }
            checkOrigin(origin, where);
            if (origin.indexOf('*') >= 0) {
                originPatterns.add(pattern(origin));
            } else {
                origins.add(origin.toLowerCase(Locale.ROOT));
            }
        }
        this.anyMethod = policy.allowMethods().contains("*");
        this.methods = new LinkedHashSet<>();
        for (String method : policy.allowMethods()) {
            if (!method.equals("*")) {
                methods.add(method.strip().toUpperCase(Locale.ROOT));
            }
        }
        this.anyHeader = policy.allowHeaders().contains("*");
        this.headers = new LinkedHashSet<>();
        for (String header : policy.allowHeaders()) {
            if (!header.equals("*")) {
                headers.add(header.strip().toLowerCase(Locale.ROOT));
            }
        }
        this.exposeHeaders = String.join(", ", policy.exposeHeaders());
        this.credentials = policy.allowCredentials();
        this.maxAgeSeconds = policy.maxAge().map(age -> String.valueOf(Durations.parseMillis(age, "the CORS max age of " + where) / 1000))
                .orElse(null);
        if (enabled && credentials && anyOrigin) {
            throw new ApiDeploymentException("The CORS policy of " + where + " allows credentials from any origin ('*'); "
                    + "browsers refuse that combination: list the allowed origins instead");
        }
    }

    /**
     * Compiles a policy.
     *
     * @param policy the policy
     * @param where what declares it, for error messages
     * @return the rules
     * @throws ApiDeploymentException if the policy is invalid
     */
    public static CorsRules of(CorsPolicy policy, String where) {
        return new CorsRules(policy, where);
    }

    /**
     * The policy an annotated element declares.
     *
     * @param element an API class or a handler method
     * @param where the element described for error messages
     * @return the rules, if it has {@link Cors}
     */
    public static Optional<CorsRules> declaredBy(AnnotatedElement element, String where) {
        return policyOf(element).map(policy -> of(policy, where));
    }

    /**
     * The policy an annotated element declares with {@link Cors}.
     *
     * @param element an API class or a handler method
     * @return the policy, if it has {@link Cors}
     */
    public static Optional<CorsPolicy> policyOf(AnnotatedElement element) {
        Cors cors = element.getAnnotation(Cors.class);
        if (cors == null) {
            return Optional.empty();
        }
        return Optional.of(new CorsPolicy(cors.enabled(), List.of(cors.allowOrigins()), List.of(cors.allowMethods()),
                List.of(cors.allowHeaders()), List.of(cors.exposeHeaders()), cors.allowCredentials(),
                cors.maxAge().isEmpty() ? Optional.empty() : Optional.of(cors.maxAge())));
    }

    /**
     * The API-level policy with the origins of {@code waymark.api.<name>.cors.allow-origins}
     * (comma separated) [CORS-1-4], so each environment can allow its own web origin.
     *
     * @param api the API's name
     * @param declared the API's own policy, or empty for the default
     * @return the policy with the configured origins, if they are configured
     * @throws ApiDeploymentException if the result is invalid
     */
    public static Optional<CorsRules> configuredFor(String api, Optional<CorsPolicy> declared) {
        ConfigKey<String> key = ConfigKeys.API_CORS_ALLOW_ORIGINS.of(api);
        return key.value().map(list -> {
            String[] origins = java.util.Arrays.stream(list.split(",")).map(String::strip).filter(o -> !o.isEmpty()).toArray(String[]::new);
            return of(declared.orElse(CorsPolicy.allowAll()).allowOrigins(origins), key.name());
        });
    }

    /**
     * Whether the policy sends CORS headers at all.
     *
     * @return {@code false} for a disabled policy
     */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Answers a preflight request [CORS-2-1, CORS-2-2].
     *
     * @param origin the {@code Origin} header
     * @param method the {@code Access-Control-Request-Method} header
     * @param requestHeaders the {@code Access-Control-Request-Headers} header, or null
     * @param path the request path, for the problem
     * @return {@code 204} with the CORS headers, or a {@code 403} problem saying what is not allowed
     */
    public Response preflight(String origin, String method, String requestHeaders, String path) {
        String refusal = null;
        if (!allowsOrigin(origin)) {
            refusal = "The origin " + origin + " is not allowed";
        } else if (!anyMethod && !methods.contains(method.strip().toUpperCase(Locale.ROOT)) && !isSafelisted(method)) {
            refusal = "The method " + method + " is not allowed for cross-origin requests; allowed: " + String.join(", ", methods);
        } else if (!anyHeader && requestHeaders != null) {
            for (String header : requestHeaders.split(",")) {
                String name = header.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !headers.contains(name)) {
                    refusal = "The request header " + name + " is not allowed for cross-origin requests";
                    break;
                }
            }
        }
        if (refusal != null) {
            return Response.fromResponse(Problem.corsRefused(refusal).toResponse(path)).header("Vary", "Origin").build();
        }
        Response.ResponseBuilder answer = Response.noContent();
        allowOrigin(answer, origin);
        answer.header("Access-Control-Allow-Methods", anyMethod && !credentials ? "*" : anyMethod ? method.strip() : String.join(", ", methods));
        if (requestHeaders != null && !requestHeaders.isBlank()) {
            answer.header("Access-Control-Allow-Headers", anyHeader && !credentials ? "*" : requestHeaders.strip());
        }
        if (maxAgeSeconds != null) {
            answer.header("Access-Control-Max-Age", maxAgeSeconds);
        }
        return answer.build();
    }

    /**
     * Adds the CORS headers of an actual cross-origin response [CORS-3-1].
     *
     * @param response the response
     * @param origin the {@code Origin} header of the request
     * @return the response with the headers, or as it was if the origin is not allowed
     */
    public Response decorate(Response response, String origin) {
        Map<String, String> headers = headersFor(origin);
        if (headers.isEmpty()) {
            return response;
        }
        Response.ResponseBuilder decorated = Response.fromResponse(response);
        headers.forEach(decorated::header);
        return decorated.build();
    }

    /**
     * The CORS headers of an answer to a request from an origin [CORS-3-1].
     *
     * @param origin the {@code Origin} header
     * @return header names to values, in order; empty when CORS is off, or the origin is not
     *         allowed and the answer does not vary by origin
     */
    public Map<String, String> headersFor(String origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!enabled) {
            return headers;
        }
        if (varies()) {
            headers.put("Vary", "Origin");
        }
        if (!allowsOrigin(origin)) {
            return headers;
        }
        headers.put("Access-Control-Allow-Origin", varies() ? origin : "*");
        if (credentials) {
            headers.put("Access-Control-Allow-Credentials", "true");
        }
        if (!exposeHeaders.isEmpty()) {
            headers.put("Access-Control-Expose-Headers", exposeHeaders);
        }
        return headers;
    }

    private void allowOrigin(Response.ResponseBuilder answer, String origin) {
        if (varies()) {
            answer.header("Access-Control-Allow-Origin", origin).header("Vary", "Origin");
        } else {
            answer.header("Access-Control-Allow-Origin", "*");
        }
        if (credentials) {
            answer.header("Access-Control-Allow-Credentials", "true");
        }
    }

    /** Whether the answer depends on the origin: it does unless any origin gets {@code *}. */
    private boolean varies() {
        return !anyOrigin || credentials;
    }

    /**
     * Whether the policy allows an origin.
     *
     * @param origin the {@code Origin} header
     * @return {@code true} if it may make cross-origin requests (or open WebSockets)
     */
    public boolean allowsOrigin(String origin) {
        if (anyOrigin) {
            return true;
        }
        String lower = origin.strip().toLowerCase(Locale.ROOT);
        if (origins.contains(lower)) {
            return true;
        }
        for (Pattern pattern : originPatterns) {
            if (pattern.matcher(lower).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSafelisted(String method) {
        String upper = method.strip().toUpperCase(Locale.ROOT);
        return upper.equals("GET") || upper.equals("HEAD") || upper.equals("POST");
    }

    private static void checkOrigin(String origin, String where) {
        int star = origin.indexOf('*');
        if (!origin.matches("(?i)https?://[A-Za-z0-9.*-]+(:\\d{1,5})?") || (star >= 0 && origin.indexOf('*', star + 1) >= 0)) {
            throw new ApiDeploymentException("Invalid CORS origin '" + origin + "' in " + where
                    + ": write scheme://host[:port] without a path, with at most one '*' in the host, or '*' alone");
        }
    }

    private static Pattern pattern(String origin) {
        int star = origin.indexOf('*');
        return Pattern.compile(Pattern.quote(origin.substring(0, star).toLowerCase(Locale.ROOT)) + HOST_RUN.pattern()
                + Pattern.quote(origin.substring(star + 1).toLowerCase(Locale.ROOT)));
    }
}
