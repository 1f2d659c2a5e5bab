package dev.waymark.impl.jaxrs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import dev.waymark.impl.cdi.WaymarkExtension;
import dev.waymark.impl.dispatch.Dispatcher;
import dev.waymark.impl.dispatch.HandlerScope;
import dev.waymark.impl.edge.RequestEdge;

/**
 * The JAX-RS application that serves the APIs, the one place its parts are put together: the
 * application's {@code @Provider @PreMatching} request filters, which run before the router;
 * {@link RouteFilter} and {@link SentBodyCounter} on one {@link RequestEdge}; the resource that
 * completes later answers ({@link PendingResponseResource}); and the container's settings.
 *
 * <p>On an application server the server finds it once the implementation jar is in
 * {@code WEB-INF/lib}, and serves the APIs the CDI extension found in the deployment, at a path of
 * its own, {@value #MOUNT}, so that it takes no servlet mapping from the web application: the
 * requests that are Waymark's are forwarded there by a servlet filter
 * ({@link dev.waymark.impl.servlet.RouterMount}), with the target the client sent
 * ({@link MountedRequest}). The embedded runtime creates it with its own dispatcher, at its root.
 */
@ApplicationPath(WaymarkApplication.MOUNT)
public class WaymarkApplication extends Application {

    /** The path of the application in a web application, where only forwarded requests are served. */
    public static final String MOUNT = "/waymark-router";

    /**
     * Jersey's size of the buffer it fills before sending a response, to compute its length: 0
     * turns it off, so each chunk of a published body reaches the client when it is flushed.
     * Waymark sets {@code Content-Length} itself on responses whose size it knows.
     */
    private static final String UNBUFFERED_OUTPUT = "jersey.config.server.contentLength.buffer";

    private static final Map<String, Object> SERVER_PROPERTIES = Map.of(UNBUFFERED_OUTPUT, 0);

    private final Supplier<Dispatcher> dispatcher;
    private final Supplier<Set<Class<?>>> requestFilters;
    private final Map<String, Object> properties;

    /** The application of a web archive: the APIs and request filters of its CDI extension. */
    public WaymarkApplication() {
        this(() -> new Dispatcher(extension().deployment(), extension().config(), HandlerScope.NONE,
                extension().accessLog(), extension().applicationContext()), () -> extension().requestFilters(),
                SERVER_PROPERTIES);
    }

    /**
     * The application of a runtime that brings its own Jersey, with nothing else in it to discover.
     *
     * @param dispatcher the dispatcher of the runtime's deployment
     * @param requestFilters the application's pre-matching request filters
     */
    public WaymarkApplication(Dispatcher dispatcher, Set<Class<?>> requestFilters) {
        this(() -> dispatcher, () -> requestFilters, standaloneProperties());
    }

    private WaymarkApplication(Supplier<Dispatcher> dispatcher, Supplier<Set<Class<?>>> requestFilters, Map<String, Object> properties) {
        this.dispatcher = dispatcher;
        this.requestFilters = requestFilters;
        this.properties = properties;
    }

    /**
     * The settings of a Jersey that runs nothing but Waymark's application, as the embedded runtime
     * does: unbuffered output, and no WADL, no auto-discovered features, no
     * {@code META-INF/services} look-ups, no Bean Validation of resources. On an application server
     * the server's own integrations (CDI, JSON-B) are found through those look-ups, so there only
     * the output is unbuffered.
     *
     * @return the property names and values
     */
    public static Map<String, Object> standaloneProperties() {
        Map<String, Object> standalone = new HashMap<>(SERVER_PROPERTIES);
        standalone.put("jersey.config.server.wadl.disableWadl", true);
        standalone.put("jersey.config.server.disableAutoDiscovery", true);
        standalone.put("jersey.config.server.disableMetainfServicesLookup", true);
        standalone.put("jersey.config.beanValidation.disable.server", true);
        return Map.copyOf(standalone);
    }

    private static WaymarkExtension extension() {
        return CDI.current().getBeanManager().getExtension(WaymarkExtension.class);
    }

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(requestFilters.get());
        classes.add(PendingResponseResource.class);
        return classes;
    }

    @Override
    public Set<Object> getSingletons() {
        RequestEdge edge = new RequestEdge(dispatcher.get());
        return Set.of(new RouteFilter(edge), new SentBodyCounter(edge));
    }

    @Override
    public Map<String, Object> getProperties() {
        return properties;
    }
}
