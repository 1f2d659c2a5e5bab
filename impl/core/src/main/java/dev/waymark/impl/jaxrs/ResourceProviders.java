package dev.waymark.impl.jaxrs;

import java.util.Set;

/**
 * The providers that bring Waymark's settings to the resources of an application's own JAX-RS
 * application. A server's provider scanning finds them in the implementation's jar; a runtime that
 * does not scan registers them itself.
 */
public final class ResourceProviders {

    private ResourceProviders() {
    }

    /**
     * Every such provider.
     *
     * @return the provider classes
     */
    public static Set<Class<?>> all() {
        return Set.of(ResourceSettings.class, CorsFeature.class, ResourceProblems.class);
    }
}
