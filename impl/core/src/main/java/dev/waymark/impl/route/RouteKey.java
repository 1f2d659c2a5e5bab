package dev.waymark.impl.route;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.waymark.ApiDeploymentException;

/**
 * A parsed route key: {@code METHOD PATH}, {@code ANY PATH} or {@code $default}.
 *
 * @param method the method, {@code ANY}, or {@link #DEFAULT}
 * @param segments the path segments; empty for {@code /} and for {@code $default}
 */
public record RouteKey(String method, List<SegmentPattern> segments) {

    /** The key of an API's fallback route. */
    public static final String DEFAULT = "$default";

    /** The method that matches every method. */
    public static final String ANY = "ANY";

    /** The methods a key may name. */
    public static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", ANY);

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String LITERAL_FORBIDDEN = "{}[]%?#\\";

    public RouteKey {
        segments = List.copyOf(segments);
    }

    /**
     * Parses a route key.
     *
     * @param key the key as declared
     * @return the parsed key
     * @throws ApiDeploymentException saying what is wrong with the key
     */
    public static RouteKey parse(String key) {
        if (key == null || key.isBlank()) {
            throw invalid(key, "the key is empty; write 'METHOD /path', 'ANY /path' or '$default'");
        }
        String[] parts = WHITESPACE.split(key.strip());
        if (parts.length == 1 && parts[0].equals(DEFAULT)) {
            return new RouteKey(DEFAULT, List.of());
        }
        if (parts.length == 1) {
            throw invalid(key, parts[0].startsWith("/")
                    ? "the method is missing; write 'GET " + parts[0] + "' or 'ANY " + parts[0] + "'"
                    : "a key is 'METHOD /path', 'ANY /path' or '$default'");
        }
        if (parts.length > 2) {
            throw invalid(key, "a key has one method and one path separated by white space; "
                    + "a path cannot contain white space");
        }
        String method = parts[0];
        if (!METHODS.contains(method)) {
            String upper = method.toUpperCase(Locale.ROOT);
            throw invalid(key, "unknown method '" + method + "'"
                    + (METHODS.contains(upper) ? "; methods are upper case: " + upper : "; use one of " + sorted(METHODS)));
        }
        return new RouteKey(method, parsePath(key, parts[1]));
    }

    /**
     * Parses a base path: literal segments only.
     *
     * @param basePath the base path, such as {@code /api}
     * @return its segments
     * @throws ApiDeploymentException if the base path is invalid
     */
    public static List<String> parseBasePath(String basePath) {
        if (basePath == null || !basePath.startsWith("/")) {
            throw new ApiDeploymentException("Invalid base path '" + basePath + "': it must start with '/'");
        }
        String trimmed = basePath.length() > 1 && basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        List<String> literals = new ArrayList<>();
        for (SegmentPattern segment : parsePath("base path " + basePath, trimmed)) {
            if (segment.kind() != SegmentPattern.Kind.LITERAL) {
                throw new ApiDeploymentException("Invalid base path '" + basePath
                        + "': it may contain literal segments only, not " + segment);
            }
            literals.add(segment.value());
        }
        return literals;
    }

    /**
     * This key with a base path in front of its path.
     *
     * @param base the literal segments of the base path
     * @return the full key
     */
    public RouteKey under(List<String> base) {
        List<SegmentPattern> full = new ArrayList<>(base.size() + segments.size());
        for (String literal : base) {
            full.add(new SegmentPattern(SegmentPattern.Kind.LITERAL, literal));
        }
        full.addAll(segments);
        return new RouteKey(method, full);
    }

    /**
     * Whether this is the {@code $default} key.
     *
     * @return true for {@code $default}
     */
    public boolean isDefault() {
        return DEFAULT.equals(method);
    }

    /**
     * The path in the canonical {@code {name}} form.
     *
     * @return the path, starting with {@code /}
     */
    public String path() {
        if (segments.isEmpty()) {
            return "/";
        }
        StringBuilder path = new StringBuilder();
        for (SegmentPattern segment : segments) {
            path.append('/').append(segment);
        }
        return path.toString();
    }

    @Override
    public String toString() {
        return isDefault() ? DEFAULT : method + " " + path();
    }

    private static List<SegmentPattern> parsePath(String key, String path) {
        if (!path.startsWith("/")) {
            throw invalid(key, "the path '" + path + "' must start with '/'");
        }
        if (path.equals("/")) {
            return List.of();
        }
        if (path.endsWith("/")) {
            throw invalid(key, "the path ends with '/'; remove it (a request with or without a trailing slash matches the same route)");
        }
        String[] raw = path.substring(1).split("/", -1);
        List<SegmentPattern> segments = new ArrayList<>(raw.length);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < raw.length; i++) {
            SegmentPattern segment = parseSegment(key, raw[i]);
            if (segment.isCatchAll() && i != raw.length - 1) {
                throw invalid(key, "the catch-all '" + raw[i] + "' must be the last segment");
            }
            if (segment.kind() != SegmentPattern.Kind.LITERAL && !names.add(segment.value())) {
                throw invalid(key, "the parameter name '" + segment.value() + "' is used twice");
            }
            segments.add(segment);
        }
        return segments;
    }

    private static SegmentPattern parseSegment(String key, String raw) {
        if (raw.isEmpty()) {
            throw invalid(key, "the path has an empty segment ('//')");
        }
        SegmentPattern parameter = parseParameter(key, raw);
        if (parameter != null) {
            return parameter;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (LITERAL_FORBIDDEN.indexOf(c) >= 0 || Character.isISOControl(c) || Character.isWhitespace(c)) {
                throw invalid(key, "the segment '" + raw + "' contains '" + c + "'"
                        + (c == '{' || c == '}' || c == '[' || c == ']' ? "; a parameter must be a whole segment, such as {id} or [id]" : ""));
            }
        }
        if (raw.equals(".") || raw.equals("..")) {
            throw invalid(key, "the segment '" + raw + "' is a dot-segment, which requests can never match");
        }
        return new SegmentPattern(SegmentPattern.Kind.LITERAL, raw);
    }

    private static SegmentPattern parseParameter(String key, String raw) {
        String name;
        SegmentPattern.Kind kind;
        if (raw.startsWith("[[...") && raw.endsWith("]]")) {
            name = raw.substring(5, raw.length() - 2);
            kind = SegmentPattern.Kind.OPTIONAL;
        } else if (raw.startsWith("[...") && raw.endsWith("]")) {
            name = raw.substring(4, raw.length() - 1);
            kind = SegmentPattern.Kind.GREEDY;
        } else if (raw.startsWith("[") && raw.endsWith("]")) {
            name = raw.substring(1, raw.length() - 1);
            kind = SegmentPattern.Kind.PARAM;
        } else if (raw.startsWith("{") && raw.endsWith("+}")) {
            name = raw.substring(1, raw.length() - 2);
            kind = SegmentPattern.Kind.GREEDY;
        } else if (raw.startsWith("{") && raw.endsWith("*}")) {
            name = raw.substring(1, raw.length() - 2);
            kind = SegmentPattern.Kind.OPTIONAL;
        } else if (raw.startsWith("{") && raw.endsWith("}")) {
            name = raw.substring(1, raw.length() - 1);
            kind = SegmentPattern.Kind.PARAM;
        } else {
            return null;
        }
        if (!NAME.matcher(name).matches()) {
            throw invalid(key, "the parameter '" + raw + "' has an invalid name '" + name
                    + "'; a name is a letter or '_' followed by letters, digits or '_'");
        }
        return new SegmentPattern(kind, name);
    }

    private static ApiDeploymentException invalid(String key, String reason) {
        return new ApiDeploymentException("Invalid route key '" + key + "': " + reason);
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }
}
