package dev.waymark.server;

import java.lang.reflect.Constructor;

import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn;
import org.glassfish.tyrus.spi.ServerContainer;

/**
 * Puts Tyrus's WebSocket engine on Jersey's Grizzly listener, so HTTP and WebSocket share one
 * port. Tyrus's own server would bind a second port; its Grizzly add-on has a package-private
 * constructor, hence the reflection.
 */
final class WebSocketSupport {

    private WebSocketSupport() {
    }

    static AddOn addOn(ServerContainer container) {
        try {
            Constructor<WebSocketAddOn> constructor = WebSocketAddOn.class.getDeclaredConstructor(ServerContainer.class, String.class);
            constructor.setAccessible(true);
            return constructor.newInstance(container, "");
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This Tyrus version has no WebSocketAddOn(ServerContainer, String) constructor", e);
        }
    }
}
