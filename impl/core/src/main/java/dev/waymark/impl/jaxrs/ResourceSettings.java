package dev.waymark.impl.jaxrs;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;

import dev.waymark.ApiDeploymentException;
import dev.waymark.auth.Authorize;
import dev.waymark.impl.auth.ApiAuthorizers;
import dev.waymark.impl.auth.RouteGuard;
import dev.waymark.impl.cdi.WaymarkExtension;
import dev.waymark.impl.config.ConfigKeys;
import dev.waymark.impl.handler.RouteSetting;
import dev.waymark.impl.handler.RouteSettings;
import dev.waymark.impl.limit.RateLimiter;
import dev.waymark.impl.limit.TrustedProxies;

/**
 * Waymark's route settings on the resource methods of a plain JAX-RS application [JAXRS-2]:
 * found by the container's provider scanning (or registered by the application), it folds each
 * resource method's settings as a route's are (the method's annotation over its class's, over the
 * configuration, over the built-in value) and gives the method the filters of the settings that
 * apply to it. An authorizer ({@link Authorize}, choosing one the resource class declares), a body
 * limit, a response limit, a rate limit and a time limit apply where the method or its class
 * declares them, so a resource without Waymark's annotations keeps its
 * behaviour; every resource method gets its request id and access log line, as a route does.
 */
@Provider
public final class ResourceSettings implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        ResourceMethod target = ResourceMethod.of(type, method);
        RouteSettings settings = RouteSettings.declaredBy(method, target.where())
                .apply(RouteSettings.declaredBy(type, type.getSimpleName()).apply(RouteSettings.defaults()));
        register(context, new ResourceAccessLog(target.key(), settings.get(RouteSetting.ACCESS_LOG),
                extension(WaymarkExtension.class).accessLog()), Priorities.AUTHENTICATION - 200);
        if (method.isAnnotationPresent(Authorize.class) || type.isAnnotationPresent(Authorize.class)) {
            WaymarkExtension extension = extension(WaymarkExtension.class);
            RouteGuard guard = ApiAuthorizers.declaredBy(type, type.getSimpleName(), extension::customAuthorizer)
                    .guard(settings.get(RouteSetting.AUTHORIZER), target.key(), target.where(), false);
            if (guard != null) {
                context.register(new ResourceGuard(guard), Map.of(ContainerRequestFilter.class, Priorities.AUTHORIZATION));
            }
        }
        if (declares(RouteSetting.BODY_LIMIT, method, type) && settings.bodyLimit() != Long.MAX_VALUE) {
            context.register(new ResourceBodyLimit(settings.bodyLimit()), ContainerRequestFilter.class);
        }
        RateLimiter limiter = RateLimiter.of(settings.get(RouteSetting.RATE_LIMIT), target.where(), true);
        if (limiter != null) {
            register(context, new ResourceRateLimit(limiter, ConfigKeys.TRUSTED_PROXIES.value().orElse(TrustedProxies.NONE)),
                    Priorities.AUTHORIZATION + 100);
        }
        if (declares(RouteSetting.RESPONSE_LIMIT, method, type) && settings.responseLimit() != Long.MAX_VALUE) {
            register(context, new ResourceResponseLimit(target.key(), settings.responseLimit(), settings.strictResponseLimit()),
                    Priorities.USER);
        }
        if (declares(RouteSetting.TIMEOUT, method, type) && settings.timeoutMillis() != Long.MAX_VALUE) {
            if (!ResourceTimeout.asynchronous(method)) {
                register(context, new ResourceTimeout(settings.timeoutMillis()), Priorities.USER + 1000);
            } else if (!extension(ResourceTimeLimits.class).applies(method)) {
                throw new ApiDeploymentException(ResourceTimeout.unmanaged(type, method));
            }
        }
    }

    private static boolean declares(RouteSetting<?> setting, Method method, Class<?> type) {
        return setting.fromAnnotations(method, "") != null || setting.fromAnnotations(type, "") != null;
    }

    /** Registers a component for the filter and interceptor contracts it has, at one priority. */
    private static void register(FeatureContext context, Object component, int priority) {
        Map<Class<?>, Integer> contracts = new HashMap<>();
        for (Class<?> contract : new Class<?>[] {ContainerRequestFilter.class, ContainerResponseFilter.class, WriterInterceptor.class}) {
            if (contract.isInstance(component)) {
                contracts.put(contract, priority);
            }
        }
        context.register(component, contracts);
    }

    private static <T extends Extension> T extension(Class<T> type) {
        return CDI.current().getBeanManager().getExtension(type);
    }
}
