package dev.waymark.impl.handler;

import dev.waymark.Handler;

/**
 * A handler of the implementation's own (a GraphQL route's, say) that uses nothing of the JAX-RS
 * container around it: only the portable request and response and the CDI request context. A
 * runtime may serve its route straight from its HTTP server, with every check of the dispatcher
 * and without the container's request pipeline.
 */
public interface ContainerFreeHandler extends Handler {
}
