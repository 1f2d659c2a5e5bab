package dev.waymark.impl.route;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A route as the router serves it: its full key (base path included), the key as declared, the API
 * it belongs to, and what handles it.
 *
 * @param key the full key, base path included
 * @param declaredKey the key as the API declared it, for logs and problems
 * @param apiName the name of the API
 * @param basePath the literal segments of the API's base path
 * @param handler what handles the route
 * @param description the handler described for people, such as {@code NotesApi#get}
 * @param <T> the handler type
 */
public record Route<T>(RouteKey key, String declaredKey, String apiName, List<String> basePath, T handler, String description) {

    public Route {
        basePath = List.copyOf(basePath);
    }

    /**
     * The positions of this route's parameters in a request's segments.
     *
     * @return parameter name to slot
     */
    Map<String, ParameterSlot> slots() {
        Map<String, ParameterSlot> slots = new HashMap<>();
        List<SegmentPattern> segments = key.segments();
        for (int i = 0; i < segments.size(); i++) {
            SegmentPattern segment = segments.get(i);
            if (segment.kind() != SegmentPattern.Kind.LITERAL) {
                slots.put(segment.value(), new ParameterSlot(i, segment.isCatchAll()));
            }
        }
        return slots;
    }

    /**
     * The full path of the route, for tables and logs: {@code /base/*} for a {@code $default}.
     *
     * @return the path
     */
    public String fullPath() {
        if (!key.isDefault()) {
            return key.path();
        }
        return basePath.isEmpty() ? "/*" : "/" + String.join("/", basePath) + "/*";
    }

    @Override
    public String toString() {
        return "\"" + declaredKey + "\" (" + description + (apiName.isEmpty() ? "" : ", API " + apiName) + ")";
    }

    /**
     * Where a parameter's value sits in the request segments.
     *
     * @param index the segment index
     * @param catchAll whether it takes every segment from the index on
     */
    record ParameterSlot(int index, boolean catchAll) {
    }
}
