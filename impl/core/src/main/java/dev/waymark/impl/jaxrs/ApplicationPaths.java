package dev.waymark.impl.jaxrs;

import dev.waymark.ApiDeploymentException;

/**
 * The paths of an application's own JAX-RS applications, beside Waymark's APIs, which are served
 * from the root of the web application (or of the embedded runtime) [JAXRS-1-2].
 */
public final class ApplicationPaths {

    private ApplicationPaths() {
    }

    /**
     * Whether an application path is the root: {@code ""}, {@code "/"} or {@code "/*"}.
     *
     * @param path the path
     * @return whether it is the root
     */
    public static boolean atRoot(String path) {
        return path.replace("*", "").replace("/", "").isBlank();
    }

    /**
     * The error of a JAX-RS application of the application's own at the root, beside a route that
     * takes every request there.
     *
     * @param type the application's class
     * @param path its {@code @ApplicationPath}
     * @param route the route, as the route table shows it
     * @return the error
     */
    public static ApiDeploymentException rootShadowed(Class<?> type, String path, String route) {
        return new ApiDeploymentException("The JAX-RS application " + type.getName() + " has @ApplicationPath(\"" + path
                + "\"), the root of the web application, where route " + route + " takes every request that no other "
                + "route takes, so the application would receive none; give the API a base path of its own, or the "
                + "application a path of its own, such as @ApplicationPath(\"/rest\")");
    }

    /**
     * The context path of an application path: one leading {@code /}, no trailing {@code /} or
     * {@code /*}.
     *
     * @param path an {@code @ApplicationPath} that is not the root
     * @return such as {@code /rest}
     */
    public static String contextPath(String path) {
        return "/" + path.replaceAll("/\\*$", "").replaceAll("^/+|/+$", "");
    }
}
