package dev.waymark.impl.jaxrs;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.Response;

import dev.waymark.impl.cdi.WaymarkExtension;
import dev.waymark.impl.handler.RouteSetting;
import dev.waymark.impl.http.Problem;

/**
 * The time limit of an asynchronous resource method [JAXRS-2-4]. An {@link AsyncResponse} the
 * method takes is given the limit, and resumed with a {@code 504} problem of type
 * {@code handler-timeout} if the method has not resumed it by then; a {@link CompletionStage} the
 * method returns is answered with that problem if it has not completed by then, and is cancelled;
 * that answer is given in the application's context, captured on the request's thread, not in
 * that of the JDK's shared timer thread, which may be another application's.
 */
@Interceptor
@AsyncTimeLimit
@Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
public class AsyncTimeLimitInterceptor {

    private static final Map<Method, Long> LIMITS = new ConcurrentHashMap<>();

    @Inject
    BeanManager beans;

    @AroundInvoke
    Object limit(InvocationContext invocation) throws Exception {
        long millis = LIMITS.computeIfAbsent(invocation.getMethod(), AsyncTimeLimitInterceptor::limitOf);
        if (millis == Long.MAX_VALUE) {
            return invocation.proceed();
        }
        for (Object parameter : invocation.getParameters()) {
            if (parameter instanceof AsyncResponse async) {
                async.setTimeoutHandler(timedOut -> timedOut.resume(timedOut(millis)));
                async.setTimeout(millis, TimeUnit.MILLISECONDS);
            }
        }
        Object result = invocation.proceed();
        if (result instanceof CompletionStage<?> stage) {
            CompletableFuture<Object> limited = new CompletableFuture<>();
            stage.whenComplete((value, failure) -> {
                if (failure == null) {
                    limited.complete(value);
                } else {
                    limited.completeExceptionally(failure);
                }
            });
            Executor inApplication = beans.getExtension(WaymarkExtension.class).applicationContext().capture();
            CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS, inApplication).execute(() -> limited.complete(timedOut(millis)));
            limited.whenComplete((value, failure) -> {
                if (stage instanceof Future<?> running && !running.isDone()) {
                    running.cancel(true);
                }
            });
            return limited;
        }
        return result;
    }

    private static Response timedOut(long millis) {
        return Problem.handlerTimeout(millis).toResponse(null);
    }

    private static long limitOf(Method method) {
        Long limit = RouteSetting.TIMEOUT.fromAnnotations(method, method.getName());
        if (limit == null) {
            limit = RouteSetting.TIMEOUT.fromAnnotations(method.getDeclaringClass(), method.getDeclaringClass().getSimpleName());
        }
        return limit == null ? Long.MAX_VALUE : limit;
    }
}
