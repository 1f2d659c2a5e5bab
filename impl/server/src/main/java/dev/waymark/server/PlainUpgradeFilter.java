package dev.waymark.server;

import java.io.IOException;

import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.util.Header;

/**
 * Serves a request that offers an upgrade to a protocol other than WebSocket (such as the
 * {@code h2c} upgrade the JDK's HTTP client offers by default) as the plain HTTP/1.1 request it
 * also is, as RFC 9110 allows a server to. Left alone, Grizzly treats the rest of the connection
 * as the upgraded protocol and never finds the end of the request body.
 */
final class PlainUpgradeFilter extends BaseFilter {

    static AddOn addOn() {
        return (NetworkListener listener, FilterChainBuilder builder) ->
                builder.add(builder.indexOfType(HttpServerFilter.class), new PlainUpgradeFilter());
    }

    @Override
    public NextAction handleEvent(FilterChainContext context, FilterChainEvent event) throws IOException {
        if (event instanceof HttpEvents.IncomingHttpUpgradeEvent upgrade) {
            HttpHeader header = upgrade.getHttpHeader();
            if (!"websocket".equalsIgnoreCase(header.getUpgrade())) {
                header.getUpgradeDC().recycle();
                header.getHeaders().removeHeader(Header.Upgrade);
                header.setIgnoreContentModifiers(false);
            }
        }
        return context.getInvokeAction();
    }
}
