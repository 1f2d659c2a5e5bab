package dev.waymark.impl.websocket;

/**
 * A handshake whose {@code $connect} already ran in front of the WebSocket container (a servlet
 * filter), handed to the configurator, which the container calls on the same thread during the
 * upgrade [WS-3-1].
 */
public final class PendingHandshake {

    private static final ThreadLocal<Pending> CURRENT = new ThreadLocal<>();

    private record Pending(WebSocketApiClass api, Handshake handshake) {
    }

    private PendingHandshake() {
    }

    /**
     * Runs the rest of the upgrade with an accepted handshake pending.
     *
     * @param outcome the accepted outcome of {@code $connect}
     * @param api its API
     * @param upgrade the rest of the upgrade
     * @throws Exception what the upgrade throws
     */
    public static void during(Connect.Outcome outcome, WebSocketApiClass api, Upgrade upgrade) throws Exception {
        CURRENT.set(new Pending(api, outcome.handshake()));
        try {
            upgrade.run();
        } finally {
            CURRENT.remove();
        }
    }

    static Handshake take(WebSocketApiClass api) {
        Pending pending = CURRENT.get();
        if (pending == null || pending.api() != api) {
            return null;
        }
        CURRENT.remove();
        return pending.handshake();
    }

    /** The rest of an upgrade. */
    @FunctionalInterface
    public interface Upgrade {

        /**
         * Runs it.
         *
         * @throws Exception what it throws
         */
        void run() throws Exception;
    }
}
