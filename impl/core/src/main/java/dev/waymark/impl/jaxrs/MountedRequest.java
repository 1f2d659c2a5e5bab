package dev.waymark.impl.jaxrs;

/**
 * The target of a request as the client sent it, for a request a web application's servlet filter
 * forwards to Waymark's JAX-RS application at its own mount ({@link WaymarkApplication#MOUNT}),
 * which then sees only the mount's path. {@link RouteFilter} reads it from a request attribute,
 * which the JAX-RS request properties of Jersey and RESTEasy show.
 *
 * @param contextPath the raw context path of the web application, empty at the server's root
 * @param sentPath the raw path the client sent, the context path included
 * @param rawPath the raw path relative to the web application, starting with {@code /}
 * @param rawQuery the raw query, or null
 */
public record MountedRequest(String contextPath, String sentPath, String rawPath, String rawQuery) {

    /** The name of the request attribute that holds it. */
    public static final String ATTRIBUTE = "dev.waymark.mounted-request";

    /**
     * The target of a request of a web application.
     *
     * @param contextPath the web application's raw context path
     * @param requestUri the raw path the client sent
     * @param rawQuery the raw query, or null
     * @return the target
     */
    public static MountedRequest of(String contextPath, String requestUri, String rawQuery) {
        String inApplication = requestUri.startsWith(contextPath) ? requestUri.substring(contextPath.length()) : requestUri;
        return new MountedRequest(contextPath, requestUri, inApplication.isEmpty() ? "/" : inApplication, rawQuery);
    }
}
