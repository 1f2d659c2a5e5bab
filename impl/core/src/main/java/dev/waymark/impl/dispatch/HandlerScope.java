package dev.waymark.impl.dispatch;

import java.util.concurrent.Callable;

/**
 * Surrounds each handler invocation, for a runtime that must set up a context itself (the embedded
 * runtime activates the CDI request context; an application server already has).
 */
@FunctionalInterface
public interface HandlerScope {

    /** A scope that only runs the handler. */
    HandlerScope NONE = Callable::call;

    /**
     * Runs a handler invocation.
     *
     * @param invocation the invocation
     * @return its result
     * @throws Exception what the invocation threw
     */
    Object run(Callable<Object> invocation) throws Exception;
}
