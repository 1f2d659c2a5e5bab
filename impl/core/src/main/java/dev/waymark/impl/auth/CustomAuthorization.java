package dev.waymark.impl.auth;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.waymark.auth.Authorizer;
import dev.waymark.auth.AuthorizerDefinition;
import dev.waymark.auth.AuthorizerRequest;
import dev.waymark.auth.AuthorizerResult;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.Problem;

/** A custom authorizer: identity sources handed to an {@link Authorizer}, its decisions cached for a TTL [AUTH-3]. */
final class CustomAuthorization implements RouteAuthorizer {

    private static final System.Logger LOG = System.getLogger("dev.waymark.auth");

    private final String name;
    private final Authorizer authorizer;
    private final List<IdentitySource> sources;
    private final long ttlMillis;
    private final ExpiringCache<List<String>, AuthorizerResult> cache = new ExpiringCache<>();
    private final int denyStatus;

    CustomAuthorization(String name, Authorizer authorizer, List<IdentitySource> sources, long ttlMillis, int denyStatus) {
        this.name = name;
        this.authorizer = authorizer;
        this.sources = List.copyOf(sources);
        this.ttlMillis = ttlMillis;
        this.denyStatus = denyStatus;
    }

    @Override
    public AuthorizerDefinition.Kind kind() {
        return AuthorizerDefinition.Kind.CUSTOM;
    }

    @Override
    public AuthDecision authorize(Exchange exchange, RouteGuard guard) {
        String path = exchange.rawPath();
        List<String> values = new ArrayList<>(sources.size());
        for (IdentitySource source : sources) {
            String value = source.valueIn(exchange);
            if (value == null) {
                return Refusals.refuse(Problem.unauthorized("This route needs credentials in " + source.expression()),
                        challenge(guard), path);
            }
            values.add(value);
        }
        AuthorizerResult result = ttlMillis > 0 ? cache.get(values) : null;
        if (result == null) {
            try {
                result = authorizer.authorize(new Request(values, exchange, guard.routeKey()));
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Authorizer " + name + " failed for " + exchange.method() + " " + path, e);
                return AuthDecision.refuse(Problem.authorizerFailed().toResponse(path));
            }
            if (result == null) {
                LOG.log(Level.ERROR, "Authorizer " + name + " returned null for " + exchange.method() + " " + path);
                return AuthDecision.refuse(Problem.authorizerFailed().toResponse(path));
            }
            if (ttlMillis > 0) {
                cache.put(List.copyOf(values), result, System.currentTimeMillis() + ttlMillis);
            }
        }
        if (!result.allowed()) {
            return denyStatus == 401
                    ? Refusals.refuse(Problem.unauthorized("The authorizer of this route refused the credentials"), challenge(guard), path)
                    : Refusals.refuse(Problem.forbidden("The authorizer of this route refused the request"), null, path);
        }
        return AuthDecision.allow(new DefaultIdentity(name, result.principal(), Set.of(), Map.of(), result.context(), result));
    }

    private String challenge(RouteGuard guard) {
        IdentitySource first = sources.get(0);
        boolean bearer = first.where() == IdentitySource.Where.HEADER && first.name().equalsIgnoreCase("Authorization");
        return Refusals.challenge(bearer ? "Bearer" : "ApiKey", guard.apiName());
    }

    private record Request(List<String> identitySources, Exchange exchange, String routeKey) implements AuthorizerRequest {

        @Override
        public String method() {
            return exchange.method();
        }

        @Override
        public String path() {
            return exchange.rawPath();
        }

        @Override
        public String sourceIp() {
            return exchange.access().sourceIp();
        }
    }
}
