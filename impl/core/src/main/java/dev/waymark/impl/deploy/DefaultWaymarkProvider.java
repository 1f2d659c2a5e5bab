package dev.waymark.impl.deploy;

import dev.waymark.Handler;
import dev.waymark.RouteOptions;
import dev.waymark.RouteTable;
import dev.waymark.graphql.GraphQLDefinition;
import dev.waymark.impl.handler.GraphQLEngine;
import dev.waymark.impl.websocket.DefaultWebSocketRouteTable;
import dev.waymark.spi.WaymarkProvider;
import dev.waymark.websocket.WebSocketOptions;
import dev.waymark.websocket.WebSocketRouteTable;

/** The provider of this implementation. */
public final class DefaultWaymarkProvider extends WaymarkProvider {

    @Override
    public RouteTable createRouteTable(String name, String basePath, RouteOptions defaults) {
        return new DefaultRouteTable(name, basePath, defaults);
    }

    @Override
    public Handler createGraphQLHandler(GraphQLDefinition definition) {
        String where = "A GraphQL route" + definition.schema().map(schema -> " of schema " + schema).orElse("");
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return GraphQLEngine.find(where).handler(definition, where, loader != null ? loader : getClass().getClassLoader());
    }

    @Override
    public WebSocketRouteTable createWebSocketRouteTable(String name, String path, WebSocketOptions options) {
        return new DefaultWebSocketRouteTable(name, path, options);
    }
}
