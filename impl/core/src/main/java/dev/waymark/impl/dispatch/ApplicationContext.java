package dev.waymark.impl.dispatch;

import java.lang.System.Logger.Level;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.concurrent.ContextService;

/**
 * The context an asynchronous answer is finished and resumed in [RESP-3-3]: the application's,
 * never whatever a completing thread carries. A handler's {@code CompletionStage}, a publisher, an
 * external resolver or a time limit completes on a thread Waymark does not choose: the JDK's
 * shared {@code CompletableFuture} delay thread or common pool, a client library's I/O thread.
 * Such threads outlive applications and keep the context class loader of the one that first used
 * them; an application server that finds the application (its CDI container, its JNDI names) from
 * the thread then finds another application, or one already undeployed.
 *
 * <p>The dispatcher {@linkplain #capture() captures} the context on the request's thread, where
 * it is the application's, and finishes the answer through the executor it gets. In a web archive
 * that is the server's default Jakarta Concurrency {@code ContextService}
 * ({@code java:comp/DefaultContextService}): its {@code currentContextExecutor()} runs a task on
 * the completing thread with the context of the request's thread (class loader, naming, security).
 * Where there is none (the embedded runtime), the task runs with the application's class loader as
 * the thread's context class loader.
 */
public final class ApplicationContext {

    /** The JNDI name of the default context service of Jakarta EE. */
    static final String DEFAULT_CONTEXT_SERVICE = "java:comp/DefaultContextService";

    private static final System.Logger LOG = System.getLogger("dev.waymark.dispatch");

    private final Supplier<Executor> capture;

    private ApplicationContext(Supplier<Executor> capture) {
        this.capture = capture;
    }

    /**
     * The context of the application whose thread calls this, at deployment: the container's
     * default context service where JNDI has one, else the thread's context class loader.
     *
     * @return the application's context
     */
    public static ApplicationContext ofCurrentApplication() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Supplier<Executor> managed = defaultContextService();
        return managed != null ? new ApplicationContext(managed) : withClassLoader(loader);
    }

    /**
     * The context of an application without a context service: its class loader.
     *
     * @param loader the application's class loader
     * @return the application's context
     */
    public static ApplicationContext withClassLoader(ClassLoader loader) {
        Executor withLoader = task -> runWith(loader, task);
        return new ApplicationContext(() -> withLoader);
    }

    /**
     * The context of an application as a Jakarta Concurrency context service captures it.
     *
     * @param contexts the application's context service
     * @return the application's context
     */
    static ApplicationContext of(ContextService contexts) {
        return new ApplicationContext(contexts::currentContextExecutor);
    }

    /**
     * Captures the application's context on the calling thread, a request's thread.
     *
     * @return an executor that runs each task on the thread that hands it over, in the captured context
     */
    public Executor capture() {
        return capture.get();
    }

    private static Supplier<Executor> defaultContextService() {
        Object found;
        try {
            found = new InitialContext().lookup(DEFAULT_CONTEXT_SERVICE);
        } catch (NamingException e) {
            LOG.log(Level.DEBUG, () -> "No " + DEFAULT_CONTEXT_SERVICE + " (" + e.getClass().getSimpleName()
                    + "); answers given later are finished with the application's class loader");
            return null;
        }
        try {
            if (found instanceof ContextService contexts) {
                return of(contexts).capture;
            }
        } catch (NoClassDefFoundError e) {
            LOG.log(Level.DEBUG, "Jakarta Concurrency is not visible to the application; answers given later are finished with the "
                    + "application's class loader");
        }
        return null;
    }

    private static void runWith(ClassLoader loader, Runnable task) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            task.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
