package dev.waymark.impl.route;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The path parameters of a matched request: decoded segments looked up through the matched
 * route's parameter slots.
 */
public final class PathParameters {

    private static final PathParameters NONE = new PathParameters(Map.of(), List.of());

    private final Map<String, Route.ParameterSlot> slots;
    private final List<String> segments;

    PathParameters(Map<String, Route.ParameterSlot> slots, List<String> segments) {
        this.slots = slots;
        this.segments = segments;
    }

    /**
     * No parameters.
     *
     * @return the empty parameters
     */
    public static PathParameters none() {
        return NONE;
    }

    /**
     * Whether the route declares a parameter.
     *
     * @param name the parameter name
     * @return true if the route key has it
     */
    public boolean has(String name) {
        return slots.containsKey(name);
    }

    /**
     * A parameter as one string: catch-all segments joined with {@code /}.
     *
     * @param name the parameter name
     * @return the value, or null if the route has no such parameter
     */
    public String value(String name) {
        Route.ParameterSlot slot = slots.get(name);
        if (slot == null) {
            return null;
        }
        return slot.catchAll() ? String.join("/", segments(slot)) : segments.get(slot.index());
    }

    /**
     * A parameter as a list of segments.
     *
     * @param name the parameter name
     * @return the segments; empty if the route has no such parameter
     */
    public List<String> segments(String name) {
        Route.ParameterSlot slot = slots.get(name);
        return slot == null ? List.of() : segments(slot);
    }

    /**
     * All parameters as strings.
     *
     * @return name to value, in no particular order
     */
    public Map<String, String> asMap() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : slots.keySet()) {
            values.put(name, value(name));
        }
        return Collections.unmodifiableMap(values);
    }

    private List<String> segments(Route.ParameterSlot slot) {
        return slot.catchAll() ? segments.subList(slot.index(), segments.size()) : List.of(segments.get(slot.index()));
    }
}
