package dev.waymark.impl.jaxrs;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import dev.waymark.impl.config.ConfigKeys;
import dev.waymark.impl.http.Problem;

/**
 * Problem details for the errors of a plain JAX-RS application's resources, when
 * {@code waymark.jaxrs.problem-details} turns them on [JAXRS-3-1]: found by the container's provider
 * scanning, it registers exception mappers that answer a {@link WebApplicationException} without a
 * body of its own with its status as a problem, a Bean Validation violation of a request with
 * {@code 400 validation-failed}, and any other exception with {@code 500 handler-failed}, logged
 * here and never shown. They have the lowest priority, so the application's own mappers for the same
 * exceptions still win; a more specific one of its own wins anyway.
 */
@Provider
public final class ResourceProblems implements Feature {

    private static final System.Logger LOG = System.getLogger("dev.waymark");
    private static final int LAST = Priorities.USER + 10_000;

    @Override
    public boolean configure(FeatureContext context) {
        if (!ConfigKeys.JAXRS_PROBLEM_DETAILS.get()) {
            return false;
        }
        context.register(WebApplicationProblems.class, LAST);
        context.register(ViolationProblems.class, LAST);
        context.register(UnhandledProblems.class, LAST);
        return true;
    }

    /** An error the resource or JAX-RS raised with a status. */
    public static final class WebApplicationProblems implements ExceptionMapper<WebApplicationException> {

        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException exception) {
            Response original = exception.getResponse();
            if (original.hasEntity()) {
                return original;
            }
            Response problem = Problem.resourceStatus(original.getStatus()).toResponse(path(uri));
            Response.ResponseBuilder answer = Response.fromResponse(original).entity(problem.getEntity()).type(problem.getMediaType());
            answer.header("Content-Length", null);
            return answer.build();
        }
    }

    /** A request that breaks the constraints of the resource method's parameters, or a result that breaks its own. */
    public static final class ViolationProblems implements ExceptionMapper<ConstraintViolationException> {

        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(ConstraintViolationException exception) {
            List<Map<String, String>> violations = new ArrayList<>();
            for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
                if (returnValue(violation.getPropertyPath())) {
                    LOG.log(Level.ERROR, "A resource method's result breaks its constraints", exception);
                    return Problem.handlerFailed().toResponse(path(uri));
                }
                violations.add(Map.of("in", "request", "field", field(violation.getPropertyPath()), "message", violation.getMessage()));
            }
            violations.sort(Comparator.comparing((Map<String, String> v) -> v.get("field")).thenComparing(v -> v.get("message")));
            return Problem.validationFailed(violations).toResponse(path(uri));
        }

        private static boolean returnValue(Path path) {
            for (Path.Node node : path) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        }

        /** The property path below the method: its parameter and, for a bean, the property in it. */
        private static String field(Path path) {
            List<String> names = new ArrayList<>();
            for (Path.Node node : path) {
                if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR && node.getName() != null) {
                    names.add(node.getName());
                }
            }
            return String.join(".", names);
        }
    }

    /** Any other exception: logged, and answered without a word of it. */
    public static final class UnhandledProblems implements ExceptionMapper<Throwable> {

        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(Throwable exception) {
            String path = path(uri);
            LOG.log(Level.ERROR, "A resource method failed for " + path, exception);
            return Problem.handlerFailed().toResponse(path);
        }
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
