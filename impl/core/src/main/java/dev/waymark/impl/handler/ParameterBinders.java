package dev.waymark.impl.handler;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import dev.waymark.ApiDeploymentException;
import dev.waymark.ApiRequest;
import dev.waymark.ApiResponse;
import dev.waymark.auth.Identity;
import dev.waymark.FormPart;
import dev.waymark.impl.http.DefaultApiRequest;
import dev.waymark.impl.http.JsonCodec;
import dev.waymark.impl.http.Problem;
import dev.waymark.impl.http.ProblemException;
import dev.waymark.impl.route.RouteKey;
import dev.waymark.impl.route.SegmentPattern;

/** Works out, once at deployment, how to supply each parameter of a handler method. */
final class ParameterBinders {

    private static final System.Logger LOG = System.getLogger("dev.waymark");

    private ParameterBinders() {
    }

    static List<ParameterBinder> forMethod(Method method, RouteKey key, String where, boolean parse, boolean edge) {
        List<ParameterBinder> binders = new ArrayList<>();
        Parameter body = null;
        Parameter formField = null;
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isAnnotationPresent(FormParam.class)) {
                formField = parameter;
            }
            String describe = "parameter '" + parameter.getName() + "' of " + where;
            ParameterBinder binder = annotated(parameter, key, describe);
            if (binder == null) {
                Class<?> type = parameter.getType();
                if (type == ApiRequest.class) {
                    binder = (request, response) -> request;
                } else if (type == ApiResponse.class) {
                    binder = (request, response) -> response;
                } else if (type == Identity.class) {
                    binder = (request, response) -> request.identity().orElse(null);
                } else if (type.getName().equals(JSON_WEB_TOKEN)) {
                    binder = (request, response) -> request.identity().flatMap(identity -> identity.credential(type)).orElse(null);
                } else if (parameter.getAnnotations().length > 0 && hasJaxrsContext(parameter)) {
                    throw new ApiDeploymentException("Cannot supply " + describe
                            + ": @Context is not supported in route handlers; take an ApiRequest or ApiResponse parameter");
                } else if (isContainerType(type)) {
                    throw new ApiDeploymentException("Cannot supply " + describe + ": " + type.getName() + " is a type of "
                            + "the container, not of Waymark; " + (edge
                                    ? "an EDGE handler takes only the portable types of dev.waymark (ApiRequest, ApiResponse) and bound values"
                                    : "take an ApiRequest or ApiResponse, or inject the container's object into the API bean"));
                } else {
                    if (body != null) {
                        throw new ApiDeploymentException("Cannot supply " + describe + ": a handler takes at most one body "
                                + "parameter, and '" + body.getName() + "' is already the body; annotate the others "
                                + "with @PathParam, @QueryParam, @HeaderParam, @CookieParam or @FormParam");
                    }
                    body = parameter;
                    if (!parse && type != byte[].class && type != InputStream.class) {
                        throw new ApiDeploymentException("Cannot supply " + describe + ": body parsing is off "
                                + "(@BodyLimit(parse = false)), so the body is a byte[] or an InputStream");
                    }
                    binder = bodyBinder(parameter.getParameterizedType());
                }
            }
            binders.add(binder);
        }
        if (formField != null) {
            String field = "parameter '" + formField.getName() + "' of " + where;
            if (body != null) {
                throw new ApiDeploymentException("Cannot supply " + field + ": the body is read as form fields by @FormParam "
                        + "and also bound whole to '" + body.getName() + "'; keep one");
            }
            if (!parse) {
                throw new ApiDeploymentException("Cannot supply " + field + ": body parsing is off (@BodyLimit(parse = false))");
            }
        }
        return binders;
    }

    /** The MicroProfile JWT type a handler may take, named so the API stays optional. */
    private static final String JSON_WEB_TOKEN = "org.eclipse.microprofile.jwt.JsonWebToken";

    /** Types of a container's own request pipeline, which a route handler is never given. */
    private static final List<String> CONTAINER_PACKAGES = List.of("jakarta.servlet.", "javax.servlet.", "jakarta.ws.rs.",
            "jakarta.websocket.", "org.glassfish.grizzly.", "org.glassfish.jersey.", "io.undertow.", "org.jboss.resteasy.");

    private static boolean isContainerType(Class<?> type) {
        String name = type.getName();
        return CONTAINER_PACKAGES.stream().anyMatch(name::startsWith);
    }

    private static boolean hasJaxrsContext(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            if (annotation.annotationType().getName().equals("jakarta.ws.rs.core.Context")) {
                return true;
            }
        }
        return false;
    }

    private static ParameterBinder annotated(Parameter parameter, RouteKey key, String where) {
        DefaultValue defaultValue = parameter.getAnnotation(DefaultValue.class);
        String fallback = defaultValue == null ? null : defaultValue.value();
        PathParam path = parameter.getAnnotation(PathParam.class);
        if (path != null) {
            SegmentPattern segment = key.segments().stream()
                    .filter(s -> s.kind() != SegmentPattern.Kind.LITERAL && s.value().equals(path.value()))
                    .findFirst()
                    .orElseThrow(() -> new ApiDeploymentException("Cannot supply " + where + ": the route key '" + key
                            + "' has no path parameter named '" + path.value() + "'"));
            String name = path.value();
            return converting(parameter, "path parameter '" + name + "'", fallback, segment.isCatchAll(), true,
                    request -> request.parameters().segments(name), where);
        }
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            return converting(parameter, "query parameter '" + query.value() + "'", fallback, true, false,
                    request -> request.queryAll(query.value()), where);
        }
        HeaderParam header = parameter.getAnnotation(HeaderParam.class);
        if (header != null) {
            return converting(parameter, "header '" + header.value() + "'", fallback, true, false,
                    request -> {
                        List<String> values = request.headers().get(header.value());
                        return values == null ? List.of() : values;
                    }, where);
        }
        FormParam form = parameter.getAnnotation(FormParam.class);
        if (form != null) {
            return formBinder(parameter, form.value(), fallback, where);
        }
        CookieParam cookie = parameter.getAnnotation(CookieParam.class);
        if (cookie != null) {
            return converting(parameter, "cookie '" + cookie.value() + "'", fallback, false, false,
                    request -> request.cookie(cookie.value()).map(List::of).orElse(List.of()), where);
        }
        return null;
    }

    private static ParameterBinder formBinder(Parameter parameter, String name, String fallback, String where) {
        Class<?> type = parameter.getType();
        if (type == FormPart.class) {
            return (request, response) -> request.parts().stream().filter(part -> part.name().equals(name)).findFirst().orElse(null);
        }
        if (Collection.class.isAssignableFrom(type) && elementType(parameter.getParameterizedType(), where) == FormPart.class) {
            if (!type.isAssignableFrom(List.class)) {
                throw new ApiDeploymentException("Cannot supply " + where + ": declare the parts as List<FormPart>");
            }
            return (request, response) -> request.parts().stream().filter(part -> part.name().equals(name)).toList();
        }
        return converting(parameter, "form field '" + name + "'", fallback, true, false,
                request -> request.form().getOrDefault(name, List.of()), where);
    }

    /**
     * A binder converting a parameter's string values.
     *
     * @param multiple whether the source can have several values
     * @param joinSegments whether several values are path segments, joined with '/' for a single value
     */
    private static ParameterBinder converting(Parameter parameter, String label, String fallback, boolean multiple,
            boolean joinSegments, Function<DefaultApiRequest, List<String>> source, String where) {
        Class<?> type = parameter.getType();
        Type generic = parameter.getParameterizedType();
        if (Collection.class.isAssignableFrom(type) || type == Optional.class) {
            Class<?> element = elementType(generic, where);
            Function<String, Object> convert = ValueConverter.forType(element, where);
            if (type == Optional.class) {
                return (request, response) -> {
                    List<String> values = withDefault(source.apply(request), fallback);
                    return values.isEmpty() ? Optional.empty() : Optional.of(convert(convert, values.get(0), label));
                };
            }
            if (!multiple && !type.isAssignableFrom(List.class)) {
                throw new ApiDeploymentException("Cannot supply " + where + ": " + label + " has a single value");
            }
            return (request, response) -> {
                List<String> values = withDefault(source.apply(request), fallback);
                Collection<Object> converted = newCollection(type);
                for (String value : values) {
                    converted.add(convert(convert, value, label));
                }
                return converted;
            };
        }
        Function<String, Object> convert = ValueConverter.forType(type, where);
        return (request, response) -> {
            List<String> values = withDefault(source.apply(request), fallback);
            if (values.isEmpty()) {
                if (type.isPrimitive()) {
                    throw new ProblemException(Problem.invalidParameter("The " + label + " is required"));
                }
                return joinSegments && multiple ? convert(convert, "", label) : null;
            }
            String value = joinSegments ? String.join("/", values) : values.get(0);
            return convert(convert, value, label);
        };
    }

    private static List<String> withDefault(List<String> values, String fallback) {
        return values.isEmpty() && fallback != null ? List.of(fallback) : values;
    }

    private static Object convert(Function<String, Object> convert, String value, String label) {
        try {
            return convert.apply(value);
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "The " + label + " '" + value + "' does not convert", e);
            String reason = e.getMessage() == null ? "" : ": " + e.getMessage();
            throw new ProblemException(Problem.invalidParameter("The " + label + " has the invalid value '" + value + "'" + reason));
        }
    }

    private static Collection<Object> newCollection(Class<?> type) {
        if (SortedSet.class.isAssignableFrom(type)) {
            return new TreeSet<>();
        }
        if (Set.class.isAssignableFrom(type)) {
            return new LinkedHashSet<>();
        }
        return new ArrayList<>();
    }

    private static Class<?> elementType(Type generic, String where) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        throw new ApiDeploymentException("Cannot supply " + where + ": declare the element type, such as List<String>");
    }

    private static ParameterBinder bodyBinder(Type type) {
        if (type == String.class) {
            return (request, response) -> request.bodyAsString();
        }
        if (type == byte[].class) {
            return (request, response) -> request.body();
        }
        if (type == InputStream.class) {
            return (request, response) -> request.bodyStream();
        }
        return (request, response) -> {
            Object value = request.bodyAsJson(type);
            if (value == null) {
                throw new ProblemException(Problem.invalidBody("The request body is empty; expected JSON: "
                        + JsonCodec.expected(type, request.jsonLimits())));
            }
            return value;
        };
    }
}
