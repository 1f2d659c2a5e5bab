package dev.waymark.impl.servlet;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.NormalScope;
import jakarta.enterprise.inject.Stereotype;
import jakarta.inject.Scope;
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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.Path;

import dev.waymark.ApiDeploymentException;
import dev.waymark.RouteTimeout;
import dev.waymark.impl.dispatch.Deadline;
import dev.waymark.impl.http.Problem;
import dev.waymark.impl.jaxrs.ResourceTimeout;

/**
 * The time limits of the web application's own resource methods that a JAX-RS provider cannot
 * enforce alone [JAXRS-2-4]. A limit on an asynchronous method of a class without a bean-defining
 * annotation fails deployment: such a limit is applied by a CDI interceptor, which only a CDI
 * bean's methods have. If a synchronous method has a limit, a filter around every request ends the
 * limit when the method's exception went past the JAX-RS response filters to the container (as
 * JAX-RS requires of an exception no mapper takes): the limit's {@link Deadline} is finished, its
 * interrupt cleared from the container's thread, and the request whose limit had passed keeps its
 * {@code 504} problem instead of the container's error page.
 */
@HandlesTypes(Path.class)
public final class ResourceTimeLimitInitializer implements ServletContainerInitializer {

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        if (classes == null) {
            return;
        }
        boolean synchronousLimits = false;
        for (Class<?> type : classes) {
            if (type.isAnnotationPresent(Path.class)) {
                synchronousLimits |= check(type);
            }
        }
        if (synchronousLimits) {
            FilterRegistration.Dynamic filter = context.addFilter("waymark-resource-time-limits", new TimeLimitFilter());
            if (filter != null) {
                filter.setAsyncSupported(true);
                filter.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
            }
        }
    }

    /** Checks a resource class's limits; whether it has a synchronous method with one. */
    private static boolean check(Class<?> type) {
        boolean classLimited = type.isAnnotationPresent(RouteTimeout.class);
        boolean synchronousLimits = false;
        for (Method method : type.getMethods()) {
            if (!ResourceTimeout.resourceMethod(method) || !classLimited && !method.isAnnotationPresent(RouteTimeout.class)) {
                continue;
            }
            if (!ResourceTimeout.asynchronous(method)) {
                synchronousLimits = true;
            } else if (!beanDefining(type)) {
                throw new ApiDeploymentException(ResourceTimeout.unmanaged(type, method));
            }
        }
        return synchronousLimits;
    }

    /** Whether a class has a scope or a stereotype, which makes it a CDI bean in any bean archive. */
    static boolean beanDefining(Class<?> type) {
        for (Annotation annotation : type.getAnnotations()) {
            Class<? extends Annotation> kind = annotation.annotationType();
            if (kind.isAnnotationPresent(NormalScope.class) || kind.isAnnotationPresent(Scope.class)
                    || kind.isAnnotationPresent(Stereotype.class)) {
                return true;
            }
        }
        return false;
    }

    /** Ends a limit a resource method's exception left running. */
    static final class TimeLimitFilter implements Filter {

        private static final System.Logger LOG = System.getLogger("dev.waymark");

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
                chain.doFilter(request, response);
                return;
            }
            try {
                chain.doFilter(request, new TimedResponse(http, answer));
            } catch (IOException | ServletException | RuntimeException failure) {
                Deadline deadline = deadline(request);
                if (deadline == null) {
                    throw failure;
                }
                deadline.finish();
                if (!deadline.expired()) {
                    throw failure;
                }
                LOG.log(Level.DEBUG, "A resource method ended with an exception after its time limit", failure);
                if (!answer.isCommitted() && answer.getStatus() != 504) {
                    answerTimedOut(http, answer, deadline.limitMillis());
                }
                answer.flushBuffer();
            } finally {
                Deadline deadline = deadline(request);
                if (deadline != null) {
                    request.removeAttribute(Deadline.REQUEST_ATTRIBUTE);
                    deadline.finish();
                }
            }
        }

        private static Deadline deadline(ServletRequest request) {
            return request.getAttribute(Deadline.REQUEST_ATTRIBUTE) instanceof Deadline deadline ? deadline : null;
        }

        private static void answerTimedOut(HttpServletRequest request, HttpServletResponse response, long millis) throws IOException {
            byte[] body = (byte[]) Problem.handlerTimeout(millis).toResponse(request.getRequestURI()).getEntity();
            response.reset();
            response.setStatus(504);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }

    /**
     * The response of a request that may run a resource method with a time limit: once the limit has
     * passed, the JAX-RS implementation's error for the method's exception is not sent, so the
     * {@code 504} it has already written stays.
     */
    static final class TimedResponse extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        TimedResponse(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!timedOut()) {
                super.sendError(status);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!timedOut()) {
                super.sendError(status, message);
            }
        }

        private boolean timedOut() {
            return request.getAttribute(Deadline.REQUEST_ATTRIBUTE) instanceof Deadline deadline && deadline.expired();
        }
    }
}
