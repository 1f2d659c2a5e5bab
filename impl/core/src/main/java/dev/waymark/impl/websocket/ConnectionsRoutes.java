package dev.waymark.impl.websocket;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import dev.waymark.ApiRequest;
import dev.waymark.RouteOptions;
import dev.waymark.RouteTable;
import dev.waymark.impl.deploy.DefaultRouteTable;
import dev.waymark.websocket.ConnectionInfo;
import dev.waymark.websocket.Connections;
import dev.waymark.websocket.GoneException;

/**
 * The management endpoint of a WebSocket API's connections, {@code {path}/@connections/{connectionId}}
 * [WS-4-4]: a route table of the REST deployment, so the authorizer, CORS, access log and body
 * limit apply to it as to any route.
 */
public final class ConnectionsRoutes {

    private static final String ROUTE = "/@connections/{connectionId}";

    private ConnectionsRoutes() {
    }

    /**
     * The name of the REST API that serves a WebSocket API's endpoint.
     *
     * @param api the WebSocket API
     * @return its name with {@code -connections}
     */
    public static String apiName(WebSocketApiClass api) {
        return api.name() + "-connections";
    }

    /**
     * The endpoint of an API that serves one.
     *
     * @param api a WebSocket API whose {@link WebSocketApiClass#connectionsEndpoint()} is set
     * @param connections the connections, once the WebSocket runtime runs
     * @return the route table
     */
    public static RouteTable table(WebSocketApiClass api, Supplier<Connections> connections) {
        RouteOptions defaults = RouteOptions.defaults().authorizer(api.connectionsEndpoint().authorizer())
                .authorizationScopes(api.connectionsEndpoint().scopes().toArray(String[]::new)).bodyLimit(api.maxMessageBytes() + "b");
        return DefaultRouteTable.withAuthorizers(apiName(api), api.path(), defaults, api.authorizers())
                .add("POST " + ROUTE, (request, response) -> {
                    connections.get().send(request.pathParam("connectionId"), binary(request) ? request.body() : request.bodyAsString());
                    return null;
                })
                .add("GET " + ROUTE, (request, response) -> {
                    String id = request.pathParam("connectionId");
                    return describe(connections.get().info(id).orElseThrow(() -> new GoneException(id)));
                })
                .add("DELETE " + ROUTE, (request, response) -> {
                    String id = request.pathParam("connectionId");
                    if (!connections.get().close(id)) {
                        throw new GoneException(id);
                    }
                    return null;
                });
    }

    private static boolean binary(ApiRequest request) {
        return request.header("Content-Type").map(type -> type.strip().toLowerCase(Locale.ROOT).startsWith("application/octet-stream"))
                .orElse(false);
    }

    private static Map<String, Object> describe(ConnectionInfo info) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put("connectionId", info.connectionId());
        described.put("api", info.api());
        described.put("connectedAt", info.connectedAt().toString());
        described.put("lastActiveAt", info.lastActiveAt().toString());
        described.put("sourceIp", info.sourceIp());
        info.identity().ifPresent(identity -> described.put("principal", identity.principal()));
        return described;
    }
}
