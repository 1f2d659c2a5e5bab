package dev.waymark.server;

import java.util.List;

import dev.waymark.RouteInfo;

/** Formats the route table logged at start-up: method, path, runtime (with regions) and handler, in precedence order. */
final class RouteTableLog {

    private RouteTableLog() {
    }

    static String format(List<RouteInfo> routes) {
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
