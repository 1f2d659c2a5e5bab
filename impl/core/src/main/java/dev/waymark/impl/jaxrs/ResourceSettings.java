package dev.waymark.impl.jaxrs;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
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
 * resource method's settings as a route's are (the method's annotation over its class's, over its
 * {@link Application} subclass's, over the configuration, over the built-in value) and gives the
 * method the filters of the settings that apply to it. An authorizer ({@link Authorize}, choosing
 * one the resource class or the application declares), a body limit, a response limit, a rate
 * limit and a time limit apply where the method, its class or its application declares them, so a resource without Waymark's annotations keeps its
 * behaviour; every resource method gets its request id and access log line, as a route does.
 */
@Provider
public final class ResourceSettings implements DynamicFeature {

    /** The application the resources belong to, as the JAX-RS implementation injects it. */
    @Context
    private Application application;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        Class<?> type = resource.getResourceClass();
        if (method == null || type == null) {
            return;
        }
        ResourceMethod target = ResourceMethod.of(type, method);
        Optional<Class<?>> applicationClass = applicationClass(application);
        List<AnnotatedElement> levels = new ArrayList<>(List.of(method, type));
        applicationClass.ifPresent(levels::add);
        RouteSettings settings = RouteSettings.defaults();
        for (int i = levels.size() - 1; i >= 0; i--) {
            settings = RouteSettings.declaredBy(levels.get(i), where(levels.get(i), target)).apply(settings);
        }
        register(context, new ResourceAccessLog(target.key(), settings.get(RouteSetting.ACCESS_LOG),
                extension(WaymarkExtension.class).accessLog()), Priorities.AUTHENTICATION - 200);
        if (levels.stream().anyMatch(level -> level.isAnnotationPresent(Authorize.class))) {
            WaymarkExtension extension = extension(WaymarkExtension.class);
            ApiAuthorizers authorizers = ApiAuthorizers.declaredBy(type, type.getSimpleName(), extension::customAuthorizer);
            if (applicationClass.isPresent()) {
                authorizers = authorizers.and(ApiAuthorizers.declaredBy(applicationClass.get(), applicationClass.get().getSimpleName(),
                        extension::customAuthorizer));
            }
            RouteGuard guard = authorizers.guard(settings.get(RouteSetting.AUTHORIZER), target.key(), target.where(), false);
            if (guard != null) {
                context.register(new ResourceGuard(guard), Map.of(ContainerRequestFilter.class, Priorities.AUTHORIZATION));
            }
        }
        if (declares(RouteSetting.BODY_LIMIT, levels) && settings.bodyLimit() != Long.MAX_VALUE) {
            context.register(new ResourceBodyLimit(settings.bodyLimit()), ContainerRequestFilter.class);
        }
        RateLimiter limiter = RateLimiter.of(settings.get(RouteSetting.RATE_LIMIT), target.where(), true);
        if (limiter != null) {
            limiter = extension(WaymarkExtension.class).rateLimiters().of(target.where() + " " + limiter.policy(), limiter);
            register(context, new ResourceRateLimit(limiter, ConfigKeys.TRUSTED_PROXIES.value().orElse(TrustedProxies.NONE)),
                    Priorities.AUTHORIZATION + 100);
        }
        if (declares(RouteSetting.RESPONSE_LIMIT, levels) && settings.responseLimit() != Long.MAX_VALUE) {
            register(context, new ResourceResponseLimit(target.key(), settings.responseLimit(), settings.strictResponseLimit()),
                    Priorities.USER);
        }
        if (declares(RouteSetting.TIMEOUT, levels) && settings.timeoutMillis() != Long.MAX_VALUE) {
            if (!ResourceTimeout.asynchronous(method)) {
                register(context, new ResourceTimeout(settings.timeoutMillis()), Priorities.USER + 1000);
            } else if (!extension(ResourceTimeLimits.class).applies(method)) {
                throw new ApiDeploymentException(ResourceTimeout.unmanaged(type, method));
            }
        }
    }

    private static boolean declares(RouteSetting<?> setting, List<AnnotatedElement> levels) {
        return levels.stream().anyMatch(level -> setting.fromAnnotations(level, "") != null);
    }

    private static String where(AnnotatedElement level, ResourceMethod target) {
        return level instanceof Method ? target.where() : ((Class<?>) level).getSimpleName();
    }

    /**
     * The application's own {@code Application} subclass. A JAX-RS implementation may inject a
     * wrapper of its own (Jersey's {@code ResourceConfig}), which gives the application it wraps
     * through a public {@code getApplication()}.
     */
    static Optional<Class<?>> applicationClass(Application injected) {
        Application current = injected;
        for (int depth = 0; current != null && depth < 4; depth++) {
            Method unwrap;
            try {
                unwrap = current.getClass().getMethod("getApplication");
            } catch (NoSuchMethodException e) {
                return Optional.of(current.getClass());
            }
            Object wrapped;
            try {
                wrapped = unwrap.invoke(current);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read the application " + current.getClass().getName() + " wraps", e);
            }
            if (!(wrapped instanceof Application next) || next == current) {
                return Optional.of(current.getClass());
            }
            current = next;
        }
        return Optional.ofNullable(current).map(Application::getClass);
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
