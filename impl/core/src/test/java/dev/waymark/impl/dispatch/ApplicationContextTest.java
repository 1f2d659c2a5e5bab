package dev.waymark.impl.dispatch;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.concurrent.ContextService;

import org.junit.jupiter.api.Test;

class ApplicationContextTest {

    private static final ClassLoader APPLICATION = new URLClassLoader(new URL[0], ApplicationContextTest.class.getClassLoader());

    @Test
    void runsATaskWithTheApplicationsClassLoaderAndRestoresTheThreads() throws Exception {
        ClassLoader foreign = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());
        Executor executor = ApplicationContext.withClassLoader(APPLICATION).capture();
        CompletableFuture<ClassLoader> seen = new CompletableFuture<>();
        CompletableFuture<ClassLoader> after = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            executor.execute(() -> seen.complete(Thread.currentThread().getContextClassLoader()));
            after.complete(Thread.currentThread().getContextClassLoader());
        });
        thread.setContextClassLoader(foreign);
        thread.start();
        assertSame(APPLICATION, seen.get(10, TimeUnit.SECONDS));
        assertSame(foreign, after.get(10, TimeUnit.SECONDS));
    }

    @Test
    void restoresTheThreadsClassLoaderWhenATaskFails() {
        ClassLoader own = Thread.currentThread().getContextClassLoader();
        Executor executor = ApplicationContext.withClassLoader(APPLICATION).capture();
        assertThrows(IllegalStateException.class, () -> executor.execute(() -> {
            throw new IllegalStateException("failed");
        }));
        assertSame(own, Thread.currentThread().getContextClassLoader());
    }

    @Test
    void capturesTheContextServicesContextOnTheCallingThread() {
        Executor captured = Runnable::run;
        Thread[] capturedOn = new Thread[1];
        ContextService contexts = (ContextService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContextService.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("currentContextExecutor")) {
                        capturedOn[0] = Thread.currentThread();
                        return captured;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        assertSame(captured, ApplicationContext.of(contexts).capture());
        assertSame(Thread.currentThread(), capturedOn[0]);
    }

    @Test
    void withoutJndiTheDeployingThreadsClassLoaderIsTheApplications() {
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        thread.setContextClassLoader(APPLICATION);
        ApplicationContext context;
        try {
            context = ApplicationContext.ofCurrentApplication();
        } finally {
            thread.setContextClassLoader(own);
        }
        ClassLoader[] seen = new ClassLoader[1];
        context.capture().execute(() -> seen[0] = Thread.currentThread().getContextClassLoader());
        assertSame(APPLICATION, seen[0]);
        assertSame(own, thread.getContextClassLoader());
    }
}
