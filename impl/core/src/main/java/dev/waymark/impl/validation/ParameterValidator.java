package dev.waymark.impl.validation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.executable.ExecutableValidator;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.http.Problem;
import dev.waymark.impl.http.ProblemException;

/**
 * Validates the arguments of one handler method with Bean Validation: {@code @Valid} bodies and
 * constraints on any parameter. A violation ends the request with a 400 {@code validation-failed}
 * problem listing each violation, where it is ({@code in}) and its property path ({@code field}).
 */
public final class ParameterValidator {

    private static final Map<String, String> SOURCES = Map.of(
            "jakarta.ws.rs.PathParam", "path",
            "jakarta.ws.rs.QueryParam", "query",
            "jakarta.ws.rs.HeaderParam", "header",
            "jakarta.ws.rs.CookieParam", "cookie",
            "jakarta.ws.rs.FormParam", "form");

    private final ExecutableValidator validator;
    private final Method method;
    private final String[] in;
    private final String[] names;

    private ParameterValidator(ExecutableValidator validator, Method method) {
        this.validator = validator;
        this.method = method;
        Parameter[] parameters = method.getParameters();
        this.in = new String[parameters.length];
        this.names = new String[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            in[i] = "body";
            for (Annotation annotation : parameters[i].getAnnotations()) {
                String source = SOURCES.get(annotation.annotationType().getName());
                if (source != null) {
                    in[i] = source;
                    names[i] = sourceName(annotation);
                }
            }
        }
    }

    /**
     * A validator for a method, if any of its parameters is {@code @Valid} or carries a constraint.
     * Bean Validation is looked up only then, so an application without constraints does not need
     * a provider.
     *
     * @param method the handler method
     * @param where the handler described for error messages
     * @return the validator, or null if the method declares no constraint
     * @throws ApiDeploymentException if the method declares constraints and no Bean Validation
     *         provider is available
     */
    public static ParameterValidator forMethod(Method method, String where) {
        if (!Constraints.declaredOn(method)) {
            return null;
        }
        try {
            return new ParameterValidator(Factory.VALIDATOR.forExecutables(), method);
        } catch (NoProviderFoundException | ExceptionInInitializerError | NoClassDefFoundError e) {
            throw new ApiDeploymentException(where + " declares Bean Validation constraints, but no Bean Validation "
                    + "provider is available; add one (such as Hibernate Validator) to the application", e);
        }
    }

    /**
     * Validates the arguments of one call.
     *
     * @param target the object the method is called on
     * @param arguments the bound arguments
     * @throws ProblemException with a 400 problem listing the violations
     */
    public void validate(Object target, Object[] arguments) {
        Set<ConstraintViolation<Object>> violations;
        try {
            violations = validator.validateParameters(target, method, arguments);
        } catch (ValidationException e) {
            throw new IllegalStateException("Validating the arguments of " + method + " failed", e);
        }
        if (violations.isEmpty()) {
            return;
        }
        List<Map<String, String>> listed = new ArrayList<>();
        for (ConstraintViolation<Object> violation : violations) {
            listed.add(describe(violation));
        }
        listed.sort(Comparator.comparing((Map<String, String> v) -> v.get("in"))
                .thenComparing(v -> v.getOrDefault("field", ""))
                .thenComparing(v -> v.get("message")));
        throw new ProblemException(Problem.validationFailed(listed));
    }

    private Map<String, String> describe(ConstraintViolation<Object> violation) {
        Iterator<Path.Node> nodes = violation.getPropertyPath().iterator();
        int index = -1;
        StringBuilder field = new StringBuilder();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            if (node.getKind() == ElementKind.PARAMETER) {
                index = node.as(Path.ParameterNode.class).getParameterIndex();
            } else if (index >= 0 && node.getKind() != ElementKind.METHOD) {
                append(field, node);
            }
        }
        Map<String, String> described = new LinkedHashMap<>();
        described.put("in", index < 0 ? "body" : in[index]);
        String name = index >= 0 && names[index] != null ? names[index] : null;
        if (name != null && field.isEmpty()) {
            described.put("field", name);
        } else if (!field.isEmpty()) {
            described.put("field", field.toString());
        }
        described.put("message", violation.getMessage());
        return described;
    }

    private static void append(StringBuilder field, Path.Node node) {
        if (node.isInIterable()) {
            Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
            if (key != null) {
                field.append('[').append(key).append(']');
            }
        }
        String name = node.getName();
        if (name != null && !name.startsWith("<")) {
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(name);
        }
    }

    private static String sourceName(Annotation annotation) {
        try {
            return (String) annotation.annotationType().getMethod("value").invoke(annotation);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + annotation, e);
        }
    }

    private static final class Factory {
        static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
        static final Validator VALIDATOR = FACTORY.getValidator();
    }
}
