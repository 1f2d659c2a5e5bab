package dev.waymark.impl.deploy;

import java.util.List;

import dev.waymark.RouteInfo;

/**
 * Formats the route table logged when an application starts (the embedded runtime) or is deployed
 * (an application server): method, path, runtime (with regions) and handler, in precedence order.
 */
public final class RouteTableLog {

    private RouteTableLog() {
    }

    /**
     * The table.
     *
     * @param routes the routes, in precedence order
     * @return the table's lines, after a heading
     */
    public static String format(List<RouteInfo> routes) {
        int methodWidth = "METHOD".length();
        int pathWidth = "PATH".length();
        for (RouteInfo route : routes) {
            methodWidth = Math.max(methodWidth, route.method().length());
            pathWidth = Math.max(pathWidth, route.path().length());
        }
        String row = "%n  %-" + methodWidth + "s  %-" + pathWidth + "s  %-8s  %s";
        StringBuilder table = new StringBuilder("Routes (" + routes.size() + ", in precedence order):");
        table.append(String.format(row, "METHOD", "PATH", "RUNTIME", "HANDLER"));
        for (RouteInfo route : routes) {
            String runtime = route.runtime().name() + (route.regions().isEmpty() ? "" : " " + String.join(",", route.regions()));
            table.append(String.format(row, route.method(), route.path(), runtime, route.handler()));
        }
        return table.toString();
    }
}
