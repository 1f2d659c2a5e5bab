package dev.waymark.impl.servlet;

import java.util.Set;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.ws.rs.ApplicationPath;

import dev.waymark.ApiDeploymentException;
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
            if (type != WaymarkApplication.class && path != null && atRoot(path.value())) {
                throw new ApiDeploymentException("The JAX-RS application " + type.getName() + " has @ApplicationPath(\""
                        + path.value() + "\"), the root of the web application, where Waymark's router serves its APIs; give it a "
                        + "path of its own, such as @ApplicationPath(\"/rest\")");
            }
        }
    }

    /** Whether an application path is the root: {@code ""}, {@code "/"} or {@code "/*"}. */
    static boolean atRoot(String path) {
        return path.replace("*", "").replace("/", "").isBlank();
    }
}
