package dev.waymark.impl.jaxrs;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.Suspended;

import dev.waymark.impl.dispatch.Deadline;
import dev.waymark.impl.http.Problem;

/**
 * The time limit of one synchronous resource method [JAXRS-2-4]: the limit starts after the
 * application's request filters, just before the method runs. If the method is still running when
 * it passes, its thread is interrupted once, and what the method answers (or the application's
 * exception mappers make of what it throws) is replaced by a {@code 504} problem of type
 * {@code handler-timeout}. The interrupt is cleared before the container's thread serves another
 * request, here or, if the method's exception reached the container, by the servlet filter that
 * wraps every request ({@link dev.waymark.impl.servlet.ResourceTimeLimitInitializer}).
 */
public final class ResourceTimeout implements ContainerRequestFilter, ContainerResponseFilter {

    private final long millis;

    ResourceTimeout(long millis) {
        this.millis = millis;
    }

    /**
     * Whether a resource method answers asynchronously: it returns a {@link CompletionStage} or
     * takes an {@code @Suspended} {@link AsyncResponse}.
     *
     * @param method the method
     * @return whether it does
     */
    public static boolean asynchronous(Method method) {
        if (CompletionStage.class.isAssignableFrom(method.getReturnType())) {
            return true;
        }
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getType() == AsyncResponse.class && parameter.isAnnotationPresent(Suspended.class)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a method is a resource method or a sub-resource locator: it has an HTTP method's
     * annotation or {@code @Path}.
     *
     * @param method the method
     * @return whether it is
     */
    public static boolean resourceMethod(Method method) {
        if (method.isAnnotationPresent(Path.class)) {
            return true;
        }
        for (Annotation annotation : method.getAnnotations()) {
            if (annotation.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The error of a time limit on an asynchronous method of a class that is not a CDI bean.
     *
     * @param type the resource class
     * @param method the method
     * @return the message
     */
    public static String unmanaged(Class<?> type, Method method) {
        return "@RouteTimeout on the asynchronous resource method " + type.getSimpleName() + "#" + method.getName()
                + " can only be applied to a resource class that is a CDI bean; give " + type.getSimpleName()
                + " a scope, such as @RequestScoped";
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(Deadline.REQUEST_ATTRIBUTE, Deadline.start(millis));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(Deadline.REQUEST_ATTRIBUTE) instanceof Deadline deadline)) {
            return;
        }
        if (!deadline.finish()) {
            ProblemAnswers.replace(request, response, Problem.handlerTimeout(millis));
        }
    }
}
