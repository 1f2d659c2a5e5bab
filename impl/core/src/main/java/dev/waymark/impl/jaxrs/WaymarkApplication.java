package dev.waymark.impl.jaxrs;

import java.util.Map;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import dev.waymark.impl.cdi.WaymarkExtension;
import dev.waymark.impl.dispatch.Dispatcher;
import dev.waymark.impl.dispatch.HandlerScope;

/**
 * The JAX-RS application that serves the APIs of a web application on an application server: put
 * the implementation jar in {@code WEB-INF/lib} and the server finds it. The APIs are the ones the
 * CDI extension found in the deployment; the application's {@code @Provider @PreMatching} request
 * filters run before them.
 */
@ApplicationPath("/")
public class WaymarkApplication extends Application {

    /** Jersey's size of the buffer it fills before sending a response. */
    public static final String UNBUFFERED_OUTPUT = "jersey.config.server.contentLength.buffer";

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(extension().requestFilters());
        classes.add(PendingResponseResource.class);
        return classes;
    }

    private static WaymarkExtension extension() {
        return CDI.current().getBeanManager().getExtension(WaymarkExtension.class);
    }

    /**
     * Turns off output buffering where the container buffers responses to compute their length
     * (Jersey's {@code jersey.config.server.contentLength.buffer}), so each chunk of a published
     * body reaches the client when it is flushed. Waymark sets {@code Content-Length} itself on
     * responses whose size it knows.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(UNBUFFERED_OUTPUT, 0);
    }

    @Override
    public Set<Object> getSingletons() {
        WaymarkExtension extension = extension();
        return Set.of(new RouteFilter(new Dispatcher(extension.deployment(), extension.config(), HandlerScope.NONE)));
    }
}
