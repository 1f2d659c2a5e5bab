package dev.waymark.impl.servlet;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.HandlesTypes;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.MappingMatch;
import jakarta.ws.rs.ApplicationPath;

import dev.waymark.impl.cdi.WaymarkExtension;
import dev.waymark.impl.dispatch.RootClaim;
import dev.waymark.impl.dispatch.TargetCheck;
import dev.waymark.impl.jaxrs.ApplicationPaths;
import dev.waymark.impl.jaxrs.MountedRequest;
import dev.waymark.impl.jaxrs.WaymarkApplication;

/**
 * Shares a web application's requests between its Waymark APIs and its own servlets, its JAX-RS
 * applications among them [JAXRS-1-2]. Waymark's JAX-RS application has a mount of its own
 * ({@link WaymarkApplication#MOUNT}) and takes no mapping from the web application; a filter in
 * front of every request forwards to that mount, with the target the client sent
 * ({@link MountedRequest}):
 * <ul>
 * <li>every request the container maps to its default servlet, or to the mount itself;</li>
 * <li>a request mapped to a servlet at the root ({@code /*}, such as a JAX-RS application at
 * {@code /}) or by extension ({@code *.jsp}), if one of Waymark's routes takes its path
 * ({@link RootClaim});</li>
 * </ul>
 * and leaves every other request, mapped to a servlet by its exact path or a path prefix (a JAX-RS
 * application at {@code /rest}), to the servlet it is mapped to. WebSocket handshakes pass on to
 * the container's WebSocket support.
 *
 * <p>An application at the root beside an API whose {@code $default} route is at the root would
 * receive no request: the deployment fails, naming both.
 */
@HandlesTypes(ApplicationPath.class)
public final class RouterMount implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        if (classes != null) {
            RootClaim claim = claim();
            if (claim != null) {
                refuseShadowedRoot(classes, claim);
            }
        }
        FilterRegistration.Dynamic filter = context.addFilter("waymark-router-mount", new MountFilter());
        if (filter != null) {
            filter.setAsyncSupported(true);
            filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        }
    }

    /**
     * Fails if a JAX-RS application of the web application's own is at the root beside a
     * {@code $default} route at the root.
     *
     * @param applications the classes with {@code @ApplicationPath}
     * @param claim the requests Waymark's APIs take
     */
    static void refuseShadowedRoot(Set<Class<?>> applications, RootClaim claim) {
        for (Class<?> type : applications) {
            ApplicationPath path = type.getAnnotation(ApplicationPath.class);
            if (type != WaymarkApplication.class && path != null && ApplicationPaths.atRoot(path.value())) {
                claim.takingEverything().ifPresent(route -> {
                    throw ApplicationPaths.rootShadowed(type, path.value(), route.toString());
                });
            }
        }
    }

    /** The requests the deployment's APIs take, or null where the deployment has no Waymark extension. */
    private static RootClaim claim() {
        WaymarkExtension extension;
        try {
            extension = CDI.current().getBeanManager().getExtension(WaymarkExtension.class);
        } catch (IllegalStateException | IllegalArgumentException e) {
            return null;
        }
        return new RootClaim(extension.deployment(), new TargetCheck(extension.config().maxPathLength()));
    }

    /** Forwards Waymark's requests to its mount. */
    static final class MountFilter implements Filter {

        private static final String MOUNT_PATTERN = WaymarkApplication.MOUNT + "/*";

        private volatile RootClaim claim;

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) request;
            if (http.getHeader("Upgrade") == null) {
                MountedRequest target = MountedRequest.of(http.getContextPath(), http.getRequestURI(), http.getQueryString());
                if (waymarks(http, target)) {
                    http.setAttribute(MountedRequest.ATTRIBUTE, target);
                    http.getRequestDispatcher(WaymarkApplication.MOUNT + "/").forward(request,
                            new StreamOnlyResponse((HttpServletResponse) response));
                    return;
                }
            }
            chain.doFilter(request, response);
        }

        private boolean waymarks(HttpServletRequest request, MountedRequest target) {
            HttpServletMapping mapping = request.getHttpServletMapping();
            MappingMatch match = mapping == null ? null : mapping.getMappingMatch();
            if (match == null || match == MappingMatch.DEFAULT || match == MappingMatch.CONTEXT_ROOT) {
                return true;
            }
            if (match == MappingMatch.EXTENSION || "/*".equals(mapping.getPattern())) {
                return claim().takes(request.getMethod(), target.rawPath(), target.rawQuery(), request.getHeader("Host"));
            }
            return MOUNT_PATTERN.equals(mapping.getPattern());
        }

        /**
         * A response that offers no writer. Waymark's JAX-RS application writes through the
         * output stream only, and a Catalina-based server (Payara, GlassFish) ends a forward by
         * closing the response's writer when it can get one, which adds
         * {@code charset=ISO-8859-1} to the type of a response without a body, such as a
         * {@code HEAD}'s; without a writer it closes the stream.
         */
        static final class StreamOnlyResponse extends HttpServletResponseWrapper {

            StreamOnlyResponse(HttpServletResponse response) {
                super(response);
            }

            @Override
            public PrintWriter getWriter() {
                throw new IllegalStateException("Waymark writes responses through their output stream");
            }
        }

        private RootClaim claim() {
            RootClaim known = claim;
            if (known == null) {
                known = RouterMount.claim();
                if (known == null) {
                    throw new IllegalStateException("The web application has no Waymark CDI extension: is CDI enabled?");
                }
                claim = known;
            }
            return known;
        }
    }
}
