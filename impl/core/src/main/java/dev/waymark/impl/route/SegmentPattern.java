package dev.waymark.impl.route;

/**
 * One segment of a route path: a literal or a parameter.
 *
 * @param kind what the segment matches; the declaration order of {@link Kind} is the precedence
 * @param value the literal text, or the parameter name
 */
public record SegmentPattern(Kind kind, String value) {

    /** What a segment matches, in precedence order: an earlier kind beats a later one. */
    public enum Kind {
        /** Exactly this (decoded) text. */
        LITERAL,
        /** Exactly one non-empty segment: {@code {name}} or {@code [name]}. */
        PARAM,
        /** One or more segments, last only: {@code {name+}} or {@code [...name]}. */
        GREEDY,
        /** Zero or more segments, last only: {@code {name*}} or {@code [[...name]]}. */
        OPTIONAL
    }

    /**
     * Whether the segment takes the rest of the path.
     *
     * @return true for {@link Kind#GREEDY} and {@link Kind#OPTIONAL}
     */
    public boolean isCatchAll() {
        return kind == Kind.GREEDY || kind == Kind.OPTIONAL;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case LITERAL -> value;
            case PARAM -> "{" + value + "}";
            case GREEDY -> "{" + value + "+}";
            case OPTIONAL -> "{" + value + "*}";
        };
    }
}
