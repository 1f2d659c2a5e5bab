package dev.waymark.impl.jaxrs;

import java.lang.reflect.Method;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import dev.waymark.impl.handler.RouteSetting;

/**
 * {@link dev.waymark.BodyLimit} on the resource methods of a plain JAX-RS application [JAXRS-2-1]:
 * found by the container's provider scanning (or registered by the application), it gives each
 * resource method whose method or class declares a limit a {@link ResourceBodyLimit}. A method or
 * class without the annotation keeps the application's behaviour; {@code unlimited} adds nothing.
 */
@Provider
public final class ResourceBodyLimits implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        Long limit = RouteSetting.BODY_LIMIT.fromAnnotations(method, type.getSimpleName() + "#" + method.getName());
        if (limit == null) {
            limit = RouteSetting.BODY_LIMIT.fromAnnotations(type, type.getSimpleName());
        }
        if (limit != null && limit != Long.MAX_VALUE) {
            context.register(new ResourceBodyLimit(limit));
        }
    }
}
