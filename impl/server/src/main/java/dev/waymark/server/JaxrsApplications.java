package dev.waymark.server;

import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.Provider;

import org.glassfish.jersey.weld.se.WeldRequestScope;

/**
 * Finds the application's own JAX-RS applications among the classes CDI discovers, as a server's
 * scanning of a web archive finds them: the {@link Application} subclasses with
 * {@link ApplicationPath}, the root resource classes ({@link Path}) and the providers
 * ({@link Provider}). Waymark's own classes are not the application's. Jersey's CDI integration
 * (jersey-cdi1x) takes their instances from CDI, and its Weld request scope, added here, gives each
 * of their requests a CDI request context.
 */
public final class JaxrsApplications implements Extension {

    private final Set<Class<? extends Application>> applications = new LinkedHashSet<>();
    private final Set<Class<?>> resources = new LinkedHashSet<>();
    private final Set<Class<?>> providers = new LinkedHashSet<>();

    /**
     * Adds the bean that makes Jersey open a CDI request context for each of its requests, so that
     * request-scoped resources work as on a server.
     */
    void requestScope(@Observes BeforeBeanDiscovery event, BeanManager beans) {
        event.addAnnotatedType(beans.createAnnotatedType(WeldRequestScope.class), WeldRequestScope.class.getName());
    }

    <T> void found(@Observes @WithAnnotations({ApplicationPath.class, Path.class, Provider.class}) ProcessAnnotatedType<T> event) {
        Class<T> type = event.getAnnotatedType().getJavaClass();
        if (type.getName().startsWith("dev.waymark.impl.") || type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            return;
        }
        if (Application.class.isAssignableFrom(type) && type.isAnnotationPresent(ApplicationPath.class)) {
            applications.add(type.asSubclass(Application.class));
        } else if (type.isAnnotationPresent(Path.class)) {
            resources.add(type);
        } else if (type.isAnnotationPresent(Provider.class)) {
            providers.add(type);
        }
    }

    /**
     * The {@link Application} subclasses found, each with an {@link ApplicationPath}.
     *
     * @return the classes, in the order found
     */
    public Set<Class<? extends Application>> applications() {
        return Set.copyOf(applications);
    }

    /**
     * The root resource classes found.
     *
     * @return the classes
     */
    public Set<Class<?>> resources() {
        return Set.copyOf(resources);
    }

    /**
     * The providers found.
     *
     * @return the classes
     */
    public Set<Class<?>> providers() {
        return Set.copyOf(providers);
    }
}
