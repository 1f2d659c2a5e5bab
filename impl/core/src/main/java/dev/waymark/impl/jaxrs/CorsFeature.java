package dev.waymark.impl.jaxrs;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * {@link dev.waymark.cors.Cors} on the resources of a plain JAX-RS application [CORS-4-1]: found by
 * the container's provider scanning (or registered by the application), it registers one
 * {@link ResourceCors}, which both answers preflights and adds the CORS headers of each resource
 * method's policy.
 */
@Provider
public final class CorsFeature implements Feature {

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new ResourceCors());
        return true;
    }
}
