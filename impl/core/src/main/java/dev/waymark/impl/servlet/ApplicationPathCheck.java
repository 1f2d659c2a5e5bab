package dev.waymark.impl.servlet;

import java.util.Set;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.ws.rs.ApplicationPath;

import dev.waymark.impl.jaxrs.ApplicationPaths;
import dev.waymark.impl.jaxrs.WaymarkApplication;

/**
 * Fails the deployment of a web application that has a JAX-RS application of its own at the root
 * of the web application, where Waymark's JAX-RS application serves its APIs: both would be mapped
 * to {@code /*}, and the server would silently serve only one of them.
 */
@HandlesTypes(ApplicationPath.class)
public final class ApplicationPathCheck implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        if (classes == null) {
            return;
        }
        for (Class<?> type : classes) {
            ApplicationPath path = type.getAnnotation(ApplicationPath.class);
            if (type != WaymarkApplication.class && path != null && ApplicationPaths.atRoot(path.value())) {
                throw ApplicationPaths.rootTaken(type, path.value());
            }
        }
    }
}
