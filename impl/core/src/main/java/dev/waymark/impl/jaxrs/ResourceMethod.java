package dev.waymark.impl.jaxrs;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * A resource method of a JAX-RS application, named as a route is: its HTTP method and its path
 * template below the application, such as {@code GET /orders/{id}} (a parameter's regular
 * expression left out).
 *
 * @param httpMethod the HTTP method, or {@code null} for a sub-resource locator
 * @param template the class's and the method's {@code @Path}, joined, with a leading {@code /}
 * @param where the class and method, for messages
 */
record ResourceMethod(String httpMethod, String template, String where) {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*(?::\\s*((?:[^{}]|\\{[^{}]*\\})*))?\\}");

    /**
     * The resource method a JAX-RS implementation gives a dynamic feature.
     *
     * @param type the resource class
     * @param method the resource method
     * @return its description
     */
    static ResourceMethod of(Class<?> type, Method method) {
        String template = "/" + String.join("/", Stream.of(path(type), path(method)).filter(part -> !part.isEmpty()).toList());
        return new ResourceMethod(httpMethod(method), template, type.getSimpleName() + "#" + method.getName());
    }

    /**
     * The key of its access log lines and messages.
     *
     * @return such as {@code GET /orders/{id}}
     */
    String key() {
        Matcher parameter = PARAMETER.matcher(template);
        return (httpMethod == null ? "ANY" : httpMethod) + " " + parameter.replaceAll(match -> Matcher.quoteReplacement("{" + match.group(1) + "}"));
    }

    /**
     * Its template as a pattern of the path below the application: {@code {name}} is one segment,
     * {@code {name: regex}} its regex; a trailing {@code /} matches too.
     *
     * @return the pattern
     */
    Pattern pattern() {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int at = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(at, parameter.start())));
            regex.append('(').append(parameter.group(2) == null ? "[^/]+" : parameter.group(2).strip()).append(')');
            at = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(at))).append("/?");
        return Pattern.compile(regex.toString());
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static String path(AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : stripSlashes(path.value());
    }

    /**
     * A path without its leading and trailing slashes.
     *
     * @param path the path
     * @return the path
     */
    static String stripSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
