package dev.waymark.impl.deploy;

import dev.waymark.RouteOptions;
import dev.waymark.RouteTable;
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
    public WebSocketRouteTable createWebSocketRouteTable(String name, String path, WebSocketOptions options) {
        return new DefaultWebSocketRouteTable(name, path, options);
    }
}
