package dev.waymark.impl.auth;

import java.util.Optional;

/**
 * The identity of the request whose handler runs on the current thread, for what cannot be handed
 * it as a parameter (a CDI producer of the JWT, say).
 */
public final class CurrentIdentity {

    private static final ThreadLocal<DefaultIdentity> CURRENT = new ThreadLocal<>();

    private CurrentIdentity() {
    }

    /**
     * The identity of the running handler's request.
     *
     * @return the identity, if the handler's route has an authorizer
     */
    public static Optional<DefaultIdentity> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Makes an identity current while an action runs on this thread.
     *
     * @param identity the identity, or null
     * @param action what runs
     * @param <T> the action's result
     * @return the action's result
     * @throws Exception what the action throws
     */
    public static <T> T with(DefaultIdentity identity, java.util.concurrent.Callable<T> action) throws Exception {
        if (identity == null) {
            return action.call();
        }
        DefaultIdentity previous = CURRENT.get();
        CURRENT.set(identity);
        try {
            return action.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
