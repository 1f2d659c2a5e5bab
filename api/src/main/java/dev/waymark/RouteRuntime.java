package dev.waymark;

/**
 * Where and how a route's handler runs [RUNTIME-1-1]: Next.js's {@code runtime = 'nodejs' | 'edge'}.
 *
 * @since 0.1
 */
public enum RouteRuntime {

    /**
     * The default: the handler may block, and runs with the full request context (CDI request
     * scope, security context).
     */
    STANDARD,

    /**
     * The handler does not block and may stream: it returns a value, a
     * {@link java.util.concurrent.CompletionStage} or a {@link java.util.concurrent.Flow.Publisher}
     * of chunks, each sent as it is produced. It may use only the portable request and response
     * types of this API, which lets a runtime serve it without a per-request container pipeline.
     */
    EDGE
}
