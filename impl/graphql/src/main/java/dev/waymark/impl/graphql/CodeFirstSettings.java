package dev.waymark.impl.graphql;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

import dev.waymark.impl.config.ConfigKeys;

/**
 * Hands a code-first route's limits to SmallRye GraphQL, which reads them from MicroProfile Config
 * [GQL-5-3, GQL-5-4]: query depth and complexity, introspection, and Apollo federation off (an
 * application turns that on with {@code smallrye.graphql.federation.enabled=true}). Its ordinal is
 * below the application's own configuration, so {@code smallrye.graphql.*} set there wins.
 */
public final class CodeFirstSettings implements ConfigSource {

    private static final String DEPTH = "smallrye.graphql.instrumentation.queryDepth";
    private static final String COMPLEXITY = "smallrye.graphql.instrumentation.queryComplexity";
    private static final String VISIBILITY = "smallrye.graphql.fieldVisibility";
    private static final String FEDERATION = "smallrye.graphql.federation.enabled";

    private static volatile Map<String, String> values = of(new Limits(ConfigKeys.GRAPHQL_MAX_DEPTH.defaultValue(), ConfigKeys.GRAPHQL_MAX_COMPLEXITY.defaultValue(), true));

    /**
     * Sets the limits SmallRye reads from now on.
     *
     * @param limits the code-first route's limits
     */
    static void use(Limits limits) {
        values = of(limits);
    }

    private static Map<String, String> of(Limits limits) {
        return Map.of(DEPTH, Integer.toString(limits.maxDepth()), COMPLEXITY, Integer.toString(limits.maxComplexity()), VISIBILITY,
                limits.introspection() ? "default" : "no-introspection", FEDERATION, "false");
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return "waymark-graphql";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
