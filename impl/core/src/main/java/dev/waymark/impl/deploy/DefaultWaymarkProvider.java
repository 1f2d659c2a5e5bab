package dev.waymark.impl.deploy;

import dev.waymark.RouteOptions;
import dev.waymark.RouteTable;
import dev.waymark.spi.WaymarkProvider;

/** The provider of this implementation. */
public final class DefaultWaymarkProvider extends WaymarkProvider {

    @Override
    public RouteTable createRouteTable(String name, String basePath, RouteOptions defaults) {
        return new DefaultRouteTable(name, basePath, defaults);
    }
}
