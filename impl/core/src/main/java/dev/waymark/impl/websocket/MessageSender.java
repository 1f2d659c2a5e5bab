package dev.waymark.impl.websocket;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import jakarta.websocket.Session;

/**
 * How a message is written to a connection, which the WebSocket container may do better than
 * {@code jakarta.websocket} allows [WS-4-1]: the standard API encodes and frames a message again
 * for every session it is sent to, while a container with a way to write a frame as it is (Tyrus's
 * {@code TyrusWebSocket.sendRawFrame}) lets a broadcast encode it once for all of them.
 * {@link #STANDARD} works on any container; the embedded runtime supplies Tyrus's.
 */
public interface MessageSender {

    /**
     * The portable sender: each write through the session's {@code RemoteEndpoint.Basic}, done when
     * {@link Prepared#writeTo} returns. (Tyrus's {@code RemoteEndpoint.Async} measured no cheaper and
     * made broadcasts slower.)
     */
    MessageSender STANDARD = Standard::new;

    /**
     * Prepares a message for one or many connections; a broadcast prepares its message once.
     *
     * @param frame a {@code String} (sent as text) or a {@code byte[]} (sent as binary)
     * @return the prepared message
     */
    Prepared prepare(Object frame);

    /** A message ready to be written to any number of sessions. */
    interface Prepared {

        /**
         * Writes the message to a session, or starts writing it. The runtime calls this for a
         * session only once its previous write has completed, so the writes of a session neither
         * overlap nor change order.
         *
         * @param session the session
         * @return completes when the message is written, exceptionally if it could not be
         * @throws IOException if the session cannot be written to
         * @throws IllegalStateException if the session is closed
         */
        Future<?> writeTo(Session session) throws IOException;
    }

    /**
     * A message through the standard API.
     *
     * @param frame a {@code String} or a {@code byte[]}
     */
    record Standard(Object frame) implements Prepared {

        private static final Future<?> WRITTEN = CompletableFuture.completedFuture(null);

        @Override
        public Future<?> writeTo(Session session) throws IOException {
            if (frame instanceof String text) {
                session.getBasicRemote().sendText(text);
            } else {
                session.getBasicRemote().sendBinary(ByteBuffer.wrap((byte[]) frame));
            }
            return WRITTEN;
        }
    }
}
