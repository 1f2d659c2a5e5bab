package dev.waymark.impl.jaxrs;

import dev.waymark.ApiDeploymentException;

/**
 * The paths of an application's own JAX-RS applications, beside Waymark's APIs, which are served
 * from the root of the web application (or of the embedded runtime).
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
     * The error of a JAX-RS application of the application's own at the root.
     *
     * @param type the application's class
     * @param path its {@code @ApplicationPath}
     * @return the error
     */
    public static ApiDeploymentException rootTaken(Class<?> type, String path) {
        return new ApiDeploymentException("The JAX-RS application " + type.getName() + " has @ApplicationPath(\"" + path
                + "\"), the root of the web application, where Waymark's router serves its APIs; give it a "
                + "path of its own, such as @ApplicationPath(\"/rest\")");
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
