package dev.waymark.impl.auth;

import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.waymark.ApiDeploymentException;
import dev.waymark.auth.Authorize;
import dev.waymark.auth.Authorizer;
import dev.waymark.auth.AuthorizerDefinition;
import dev.waymark.auth.ContainerAuthorizer;
import dev.waymark.auth.CustomAuthorizer;
import dev.waymark.auth.JwtAuthorizer;
import dev.waymark.impl.http.Durations;
import dev.waymark.impl.config.ConfigKeys;

/**
 * The authorizers one API declares, by name, and the guard each of its routes gets from them
 * [AUTH-1].
 */
public final class ApiAuthorizers {

    /** An API that declares no authorizer. */
    public static final ApiAuthorizers NONE = new ApiAuthorizers("", Map.of());

    private final String api;
    private final Map<String, RouteAuthorizer> byName;

    private ApiAuthorizers(String api, Map<String, RouteAuthorizer> byName) {
        this.api = api;
        this.byName = Map.copyOf(byName);
    }

    /**
     * The authorizers an API class declares with {@link JwtAuthorizer}, {@link CustomAuthorizer}
     * and {@link ContainerAuthorizer}.
     *
     * @param type the API class
     * @param api the API's name
     * @param beans supplies the instance of a custom authorizer's class (its CDI bean)
     * @return the authorizers
     * @throws ApiDeploymentException if a declaration is invalid, or two share a name
     */
    public static ApiAuthorizers declaredBy(Class<?> type, String api, Function<Class<?>, Object> beans) {
        List<AuthorizerDefinition> definitions = new ArrayList<>();
        for (JwtAuthorizer jwt : type.getAnnotationsByType(JwtAuthorizer.class)) {
            AuthorizerDefinition definition = AuthorizerDefinition.jwt(jwt.name()).audiences(jwt.audiences()).tokenHeader(jwt.tokenHeader());
            definition = jwt.tokenQueryParameter().isEmpty() ? definition : definition.tokenQueryParameter(jwt.tokenQueryParameter());
            definition = jwt.issuer().isEmpty() ? definition : definition.issuer(jwt.issuer());
            definition = jwt.jwksUrl().isEmpty() ? definition : definition.jwksUrl(jwt.jwksUrl());
            definitions.add(jwt.publicKey().isEmpty() ? definition : definition.publicKey(jwt.publicKey()));
        }
        for (CustomAuthorizer custom : type.getAnnotationsByType(CustomAuthorizer.class)) {
            Class<? extends Authorizer> decider = custom.authorizer();
            Supplier<Authorizer> instance = new Lazy<>(() -> decider.cast(beans.apply(decider)));
            definitions.add(AuthorizerDefinition.custom(custom.name(), request -> instance.get().authorize(request))
                    .identitySources(custom.identitySources()).resultTtl(custom.resultTtl()).denyStatus(custom.denyStatus()));
        }
        ContainerAuthorizer container = type.getAnnotation(ContainerAuthorizer.class);
        if (container != null) {
            definitions.add(AuthorizerDefinition.container(container.name()));
        }
        ApiAuthorizers authorizers = new ApiAuthorizers(api, Map.of());
        for (AuthorizerDefinition definition : definitions) {
            authorizers = authorizers.with(definition);
        }
        return authorizers;
    }

    /**
     * These authorizers and one more.
     *
     * @param definition the authorizer
     * @return the extended set
     * @throws ApiDeploymentException if the name is taken or a setting is invalid
     */
    public ApiAuthorizers with(AuthorizerDefinition definition) {
        String name = definition.name().strip();
        if (name.isEmpty() || name.equalsIgnoreCase(Authorize.NONE)) {
            throw new ApiDeploymentException("API " + api + " declares an authorizer named '" + definition.name()
                    + "'; give it a name other than '' and 'none'");
        }
        if (byName.containsKey(name)) {
            throw new ApiDeploymentException("API " + api + " declares two authorizers named '" + name + "'; rename one");
        }
        Map<String, RouteAuthorizer> extended = new LinkedHashMap<>(byName);
        extended.put(name, create(definition, name));
        return new ApiAuthorizers(api, extended);
    }

    /**
     * These authorizers and those another class declares, such as a JAX-RS resource class's and
     * its application's.
     *
     * @param more the other authorizers
     * @return both sets, under this set's API name
     * @throws ApiDeploymentException if both declare an authorizer of one name
     */
    public ApiAuthorizers and(ApiAuthorizers more) {
        Map<String, RouteAuthorizer> both = new LinkedHashMap<>(byName);
        for (Map.Entry<String, RouteAuthorizer> authorizer : more.byName.entrySet()) {
            if (both.putIfAbsent(authorizer.getKey(), authorizer.getValue()) != null) {
                throw new ApiDeploymentException(api + " and " + more.api + " both declare an authorizer named '" + authorizer.getKey()
                        + "'; rename one");
            }
        }
        return new ApiAuthorizers(api, both);
    }

    /**
     * For a table: these authorizers, under the table's API name.
     *
     * @param name the API's name
     * @return an empty set of that API
     */
    public static ApiAuthorizers of(String name) {
        return new ApiAuthorizers(name, Map.of());
    }

    /**
     * The guard of one route.
     *
     * @param choice the route's choice of authorizer, or null for none
     * @param routeKey the route's key
     * @param where the route described for error messages
     * @param edge whether the route runs on the edge runtime
     * @return the guard, or null for an open route
     * @throws ApiDeploymentException if the choice names no authorizer of the API, or a container
     *         authorizer for an edge route
     */
    public RouteGuard guard(AuthChoice choice, String routeKey, String where, boolean edge) {
        if (choice == null || choice.authorizer() == null) {
            if (choice != null && choice.roles() != null && !choice.roles().isEmpty()) {
                throw new ApiDeploymentException(where + " allows roles (@RolesAllowed) but has no authorizer; choose a container "
                        + "authorizer with @Authorize, or remove @RolesAllowed");
            }
            return null;
        }
        if (choice.authorizer().equalsIgnoreCase(Authorize.NONE)) {
            return null;
        }
        RouteAuthorizer authorizer = byName.get(choice.authorizer());
        if (authorizer == null) {
            throw new ApiDeploymentException(where + " chooses authorizer '" + choice.authorizer() + "', which API " + api
                    + " does not declare" + (byName.isEmpty() ? " (it declares none)" : "; it declares " + String.join(", ", byName.keySet()))
                    + "; declare it, or choose '" + Authorize.NONE + "'");
        }
        if (edge && authorizer.kind() == AuthorizerDefinition.Kind.CONTAINER) {
            throw new ApiDeploymentException(where + " runs on the EDGE runtime, which has no container security, so it cannot use "
                    + "container authorizer '" + choice.authorizer() + "'; choose a JWT or custom authorizer, or the STANDARD runtime");
        }
        List<String> scopes = choice.scopes() == null ? List.of() : choice.scopes();
        List<String> roles = choice.roles() == null ? List.of() : choice.roles();
        if (!scopes.isEmpty() && authorizer.kind() != AuthorizerDefinition.Kind.JWT) {
            throw new ApiDeploymentException(where + " requires scopes, which only a JWT authorizer checks, but authorizer '"
                    + choice.authorizer() + "' is a " + authorizer.kind() + " authorizer");
        }
        if (!roles.isEmpty() && authorizer.kind() != AuthorizerDefinition.Kind.CONTAINER) {
            throw new ApiDeploymentException(where + " allows roles (@RolesAllowed), which only a container authorizer checks, but "
                    + "authorizer '" + choice.authorizer() + "' is a " + authorizer.kind() + " authorizer");
        }
        return new RouteGuard(api, routeKey, choice.authorizer(), authorizer, scopes, roles);
    }

    /**
     * The choice an annotated element declares: {@link Authorize} and {@code @RolesAllowed}.
     *
     * @param element an API class or a handler method
     * @return the choice, or empty if the element declares neither
     */
    public static Optional<AuthChoice> declaredBy(AnnotatedElement element) {
        Authorize authorize = element.getAnnotation(Authorize.class);
        jakarta.annotation.security.RolesAllowed roles = element.getAnnotation(jakarta.annotation.security.RolesAllowed.class);
        if (authorize == null && roles == null) {
            return Optional.empty();
        }
        return Optional.of(new AuthChoice(authorize == null ? null : authorize.value().strip(),
                authorize == null ? null : List.of(authorize.scopes()), roles == null ? null : List.of(roles.value())));
    }

    private RouteAuthorizer create(AuthorizerDefinition definition, String name) {
        String where = "authorizer " + name + " of API " + api;
        return switch (definition.kind()) {
            case JWT -> new JwtAuthorization(name, setting(name, ConfigKeys.AUTH_TOKEN_HEADER).orElse(definition.tokenHeader()),
                    setting(name, ConfigKeys.AUTH_TOKEN_QUERY_PARAMETER).or(definition::tokenQueryParameter).filter(value -> !value.isBlank()).orElse(null),
                    verifierFactory(where).create(jwtSettings(definition, name, where)));
            case CUSTOM -> new CustomAuthorization(name, definition.authorizer().orElseThrow(),
                    definition.identitySources().stream().map(source -> IdentitySource.parse(source, name)).toList(),
                    ttl(definition.resultTtl(), where), denyStatus(definition.denyStatus(), where));
            case CONTAINER -> new ContainerAuthorization(name);
        };
    }

    private static JwtSettings jwtSettings(AuthorizerDefinition definition, String name, String where) {
        Optional<String> issuer = setting(name, ConfigKeys.AUTH_ISSUER).or(definition::issuer);
        List<String> audiences = setting(name, ConfigKeys.AUTH_AUDIENCES)
                .map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(value -> !value.isEmpty()).toList())
                .orElse(definition.audiences());
        Optional<String> jwks = setting(name, ConfigKeys.AUTH_JWKS_URL).or(definition::jwksUrl).filter(value -> !value.isBlank());
        Optional<String> key = setting(name, ConfigKeys.AUTH_PUBLIC_KEY).or(definition::publicKey).filter(value -> !value.isBlank());
        if (jwks.isPresent() == key.isPresent()) {
            throw new ApiDeploymentException("The JWT " + where + " needs " + (jwks.isPresent() ? "only one of" : "one of")
                    + " a JWKS URL and a public key (jwksUrl, publicKey, or waymark.auth." + name + ".jwks-url / .public-key)");
        }
        if (jwks.isPresent() && !jwks.get().matches("(?i)https?://.+")) {
            throw new ApiDeploymentException("The JWKS URL '" + jwks.get() + "' of the JWT " + where + " is not an http: or https: URL");
        }
        return new JwtSettings(name, issuer.filter(value -> !value.isBlank()), audiences, jwks, key);
    }

    private static Optional<String> setting(String name, ConfigKeys.Family<String> key) {
        return key.of(name).value();
    }

    private static TokenVerifier.Factory verifierFactory(String where) {
        for (ClassLoader loader : new ClassLoader[] {Thread.currentThread().getContextClassLoader(), ApiAuthorizers.class.getClassLoader()}) {
            if (loader != null) {
                for (TokenVerifier.Factory factory : ServiceLoader.load(TokenVerifier.Factory.class, loader)) {
                    return factory;
                }
            }
        }
        throw new ApiDeploymentException("The JWT " + where + " needs a JWT implementation: put waymark-impl-jwt on the class path");
    }

    private static long ttl(String text, String where) {
        if (text != null && text.strip().matches("0+\\s*[a-zA-Z]*")) {
            return 0;
        }
        return Durations.parseMillis(text, "the result TTL of " + where);
    }

    private static int denyStatus(int status, String where) {
        if (status != 401 && status != 403) {
            throw new ApiDeploymentException("The deny status of " + where + " is " + status + "; use 401 or 403");
        }
        return status;
    }

    /**
     * An authorizer instance made once, when first asked for, so a CDI bean is looked up after
     * deployment.
     */
    private static final class Lazy<T> implements Supplier<T> {

        private final Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            T made = value;
            if (made == null) {
                synchronized (this) {
                    made = value;
                    if (made == null) {
                        made = make.get();
                        value = made;
                    }
                }
            }
            return made;
        }
    }
}
