package dev.waymark.impl.jaxrs;

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
 * CDI extension found in the deployment.
 */
@ApplicationPath("/")
public class WaymarkApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(PendingResponseResource.class);
    }

    @Override
    public Set<Object> getSingletons() {
        WaymarkExtension extension = CDI.current().getBeanManager().getExtension(WaymarkExtension.class);
        return Set.of(new RouteFilter(new Dispatcher(extension.deployment(), extension.config().maxPathLength(), HandlerScope.NONE)));
    }
}
