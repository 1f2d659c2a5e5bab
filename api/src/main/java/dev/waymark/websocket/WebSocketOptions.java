package dev.waymark.websocket;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.waymark.cors.CorsPolicy;

/**
 * Settings of a {@link WebSocketRouteTable} [WS-1-3]: the counterpart of the attributes of
 * {@link WebSocketApi}, of {@link dev.waymark.auth.Authorize} and {@link dev.waymark.cors.Cors} on
 * its class, and of {@link ConnectionsEndpoint}. Immutable: each method returns a new instance;
 * an unset value is the default the annotations have.
 *
 * <pre>
 * WebSocketRouteTable.create("chat", "/chat", WebSocketOptions.defaults()
 *         .routeSelection("$request.body.type")
 *         .idleTimeout("2m")
 *         .authorizer("users")
 *         .connectionsEndpoint("ops"));
 * </pre>
 *
 * @since 0.1
 */
public final class WebSocketOptions {

    private static final WebSocketOptions DEFAULTS = new WebSocketOptions();

    private String routeSelection = "$request.body.action";
    private String maxMessageSize = "128kb";
    private String idleTimeout = "10m";
    private String maxDuration = "2h";
    private String authorizer;
    private List<String> authorizationScopes = List.of();
    private CorsPolicy cors;
    private String connectionsAuthorizer;
    private List<String> connectionsScopes = List.of();

    private WebSocketOptions() {
    }

    /**
     * The defaults: those of {@link WebSocketApi}, no authorizer, no management endpoint.
     *
     * @return the options
     */
    public static WebSocketOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Sets how the route key is taken from a message, as {@link WebSocketApi#routeSelection()}.
     *
     * @param expression {@code $request.body.<field>}
     * @return new options
     */
    public WebSocketOptions routeSelection(String expression) {
        return with(o -> o.routeSelection = expression);
    }

    /**
     * Sets the largest message accepted, as {@link WebSocketApi#maxMessageSize()}.
     *
     * @param size such as {@code "64kb"}
     * @return new options
     */
    public WebSocketOptions maxMessageSize(String size) {
        return with(o -> o.maxMessageSize = size);
    }

    /**
     * Sets how long a connection may be idle, as {@link WebSocketApi#idleTimeout()}.
     *
     * @param duration such as {@code "2m"}
     * @return new options
     */
    public WebSocketOptions idleTimeout(String duration) {
        return with(o -> o.idleTimeout = duration);
    }

    /**
     * Sets how long a connection may stay open, as {@link WebSocketApi#maxDuration()}.
     *
     * @param duration such as {@code "1h"}
     * @return new options
     */
    public WebSocketOptions maxDuration(String duration) {
        return with(o -> o.maxDuration = duration);
    }

    /**
     * Chooses the authorizer of {@code $connect}, one the table declares
     * ({@link WebSocketRouteTable#authorizer(dev.waymark.auth.AuthorizerDefinition)}).
     *
     * @param name the authorizer's name
     * @param scopes for a JWT authorizer, the scopes of which a token must carry one
     * @return new options
     */
    public WebSocketOptions authorizer(String name, String... scopes) {
        return with(o -> {
            o.authorizer = name;
            o.authorizationScopes = List.of(scopes);
        });
    }

    /**
     * Sets the origins browsers may connect from, as {@link dev.waymark.cors.Cors} on a
     * {@link WebSocketApi} class.
     *
     * @param policy the policy; its allowed origins are what counts
     * @return new options
     */
    public WebSocketOptions cors(CorsPolicy policy) {
        return with(o -> o.cors = policy);
    }

    /**
     * Serves the management endpoint {@code {path}/@connections/{connectionId}}, as
     * {@link ConnectionsEndpoint}.
     *
     * @param authorizer the authorizer that guards it, one the table declares, or
     *        {@link dev.waymark.auth.Authorize#NONE}
     * @param scopes for a JWT authorizer, the scopes of which a token must carry one
     * @return new options
     */
    public WebSocketOptions connectionsEndpoint(String authorizer, String... scopes) {
        return with(o -> {
            o.connectionsAuthorizer = authorizer;
            o.connectionsScopes = List.of(scopes);
        });
    }

    /**
     * The route selection expression.
     *
     * @return the expression
     */
    public String routeSelection() {
        return routeSelection;
    }

    /**
     * The largest message accepted.
     *
     * @return the size
     */
    public String maxMessageSize() {
        return maxMessageSize;
    }

    /**
     * The idle timeout.
     *
     * @return the duration
     */
    public String idleTimeout() {
        return idleTimeout;
    }

    /**
     * The longest connection.
     *
     * @return the duration
     */
    public String maxDuration() {
        return maxDuration;
    }

    /**
     * The authorizer of {@code $connect}.
     *
     * @return its name, if chosen
     */
    public Optional<String> authorizer() {
        return Optional.ofNullable(authorizer);
    }

    /**
     * The scopes {@code $connect} requires.
     *
     * @return the scopes; empty for none
     */
    public List<String> authorizationScopes() {
        return authorizationScopes;
    }

    /**
     * The origins policy.
     *
     * @return the policy, if set
     */
    public Optional<CorsPolicy> cors() {
        return Optional.ofNullable(cors);
    }

    /**
     * The authorizer of the management endpoint.
     *
     * @return its name, if the endpoint is served
     */
    public Optional<String> connectionsAuthorizer() {
        return Optional.ofNullable(connectionsAuthorizer);
    }

    /**
     * The scopes the management endpoint requires.
     *
     * @return the scopes; empty for none
     */
    public List<String> connectionsScopes() {
        return connectionsScopes;
    }

    private WebSocketOptions with(Consumer<WebSocketOptions> change) {
        WebSocketOptions copy = new WebSocketOptions();
        copy.routeSelection = routeSelection;
        copy.maxMessageSize = maxMessageSize;
        copy.idleTimeout = idleTimeout;
        copy.maxDuration = maxDuration;
        copy.authorizer = authorizer;
        copy.authorizationScopes = authorizationScopes;
        copy.cors = cors;
        copy.connectionsAuthorizer = connectionsAuthorizer;
        copy.connectionsScopes = connectionsScopes;
        change.accept(copy);
        return copy;
    }
}
