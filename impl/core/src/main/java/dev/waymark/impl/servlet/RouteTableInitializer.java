package dev.waymark.impl.servlet;

import java.lang.System.Logger.Level;
import java.util.Set;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;

import dev.waymark.impl.cdi.WaymarkExtension;
import dev.waymark.impl.deploy.Deployment;
import dev.waymark.impl.deploy.RouteTableLog;

/**
 * Logs the route table of a web application's Waymark APIs when the server deploys it, as the
 * embedded runtime does when it starts: one INFO record, with the application's context path.
 */
public final class RouteTableInitializer implements ServletContainerInitializer {

    private static final System.Logger LOG = System.getLogger("dev.waymark");

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        Deployment deployment;
        try {
            deployment = CDI.current().getBeanManager().getExtension(WaymarkExtension.class).deployment();
        } catch (IllegalStateException | IllegalArgumentException e) {
            return;
        }
        if (!deployment.routes().isEmpty()) {
            String path = context.getContextPath().isEmpty() ? "/" : context.getContextPath();
            LOG.log(Level.INFO, "Waymark APIs of " + path + ": " + RouteTableLog.format(deployment.routes()));
        }
    }
}
