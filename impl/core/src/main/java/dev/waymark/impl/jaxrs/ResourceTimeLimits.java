package dev.waymark.impl.jaxrs;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AnnotatedMethod;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.Path;

import dev.waymark.RouteTimeout;

/**
 * Binds {@link AsyncTimeLimitInterceptor} to the asynchronous resource methods whose method or
 * class declares {@link RouteTimeout}, in the resource classes that are CDI beans, and remembers
 * them, so that {@link ResourceSettings} can refuse a limit it could not apply.
 */
public class ResourceTimeLimits implements Extension {

    private final Set<Method> limited = ConcurrentHashMap.newKeySet();

    void addInterceptor(@Observes BeforeBeanDiscovery event, BeanManager beans) {
        event.addAnnotatedType(beans.createAnnotatedType(AsyncTimeLimitInterceptor.class), AsyncTimeLimitInterceptor.class.getName());
    }

    <T> void bind(@Observes @WithAnnotations(Path.class) ProcessAnnotatedType<T> event) {
        Class<T> type = event.getAnnotatedType().getJavaClass();
        if (!type.isAnnotationPresent(Path.class)) {
            return;
        }
        boolean classLimited = type.isAnnotationPresent(RouteTimeout.class);
        event.configureAnnotatedType()
                .filterMethods(method -> limits(method, classLimited))
                .forEach(method -> {
                    method.add(AsyncTimeLimit.Literal.INSTANCE);
                    limited.add(method.getAnnotated().getJavaMember());
                });
    }

    private static boolean limits(AnnotatedMethod<?> method, boolean classLimited) {
        Method javaMethod = method.getJavaMember();
        return (classLimited || method.isAnnotationPresent(RouteTimeout.class)) && ResourceTimeout.resourceMethod(javaMethod)
                && ResourceTimeout.asynchronous(javaMethod);
    }

    /**
     * Whether the time limit of an asynchronous resource method is applied.
     *
     * @param method the method
     * @return whether its class is a CDI bean and the interceptor is bound to it
     */
    boolean applies(Method method) {
        return limited.contains(method);
    }
}
