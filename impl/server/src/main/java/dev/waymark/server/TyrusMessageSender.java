package dev.waymark.server;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Future;

import jakarta.websocket.Session;

import org.glassfish.tyrus.core.TyrusRemoteEndpoint;
import org.glassfish.tyrus.core.TyrusWebSocket;

import dev.waymark.impl.websocket.MessageSender;

/**
 * Tyrus's way of writing a message [WS-4-1]: encoded and framed once, its frame's bytes written to
 * each connection as they are with {@link TyrusWebSocket#sendRawFrame}, as Tyrus's own
 * {@code TyrusSession.broadcast} does. Through the standard API, Tyrus encodes a text again for
 * each session, with a new UTF-8 charset each time (about half of a broadcast thread's time), and
 * each send also schedules a task of the session's idle timeout on Tyrus's timer thread.
 * {@code sendRawFrame} takes the same lock as Tyrus's own sends and writes the whole frame as one
 * write, so its frames do not interleave with any other frame of the connection.
 *
 * <p>Tyrus has no public way from a {@link Session} to its {@link TyrusWebSocket}: it is the
 * package-private field {@code webSocket} of the session's {@link TyrusRemoteEndpoint}, read here
 * through a {@link VarHandle}. Where that field cannot be read (another Tyrus version, or Tyrus in
 * a named module that does not open the package), every message goes through
 * {@link MessageSender#STANDARD}. So does a message to a session with negotiated extensions (an
 * extension may transform each frame) or of another container, and a text with a lone surrogate,
 * which has no UTF-8 form (Tyrus's own send fails on it, as before). Tyrus's per-message
 * monitoring events ({@code MessageEventListener}, off unless Tyrus's monitoring is configured)
 * are not raised for these frames.
 */
final class TyrusMessageSender implements MessageSender {

    private static final System.Logger LOG = System.getLogger("dev.waymark.websocket");

    private static final byte FIN = (byte) 0x80;
    private static final byte TEXT = 0x1;
    private static final byte BINARY = 0x2;

    /** {@code TyrusRemoteEndpoint.webSocket}. */
    private final VarHandle socket;

    private TyrusMessageSender(VarHandle socket) {
        this.socket = socket;
    }

    /**
     * Tyrus's sender, or the standard one if Tyrus's sessions do not give their socket.
     *
     * @return the sender
     */
    static MessageSender create() {
        try {
            return new TyrusMessageSender(MethodHandles.privateLookupIn(TyrusRemoteEndpoint.class, MethodHandles.lookup())
                    .findVarHandle(TyrusRemoteEndpoint.class, "webSocket", TyrusWebSocket.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.INFO, () -> "Tyrus's sessions do not give their socket (" + e + "); each WebSocket message is encoded for each "
                    + "connection");
            return MessageSender.STANDARD;
        }
    }

    @Override
    public Prepared prepare(Object frame) {
        byte[] wire = frame(frame);
        return wire == null ? STANDARD.prepare(frame) : new RawFrame(frame, wire, socket);
    }

    /**
     * A server's frame of a whole message [RFC 6455, 5.2]: FIN and the opcode, the payload length in
     * 7, 7 + 16 or 7 + 64 bits, no mask, the payload.
     *
     * @param message a {@code String} (a text frame) or a {@code byte[]} (a binary frame)
     * @return the frame, or null for a text with a lone surrogate
     */
    static byte[] frame(Object message) {
        byte opcode;
        ByteBuffer payload;
        if (message instanceof String text) {
            opcode = TEXT;
            try {
                payload = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            } catch (CharacterCodingException e) {
                return null;
            }
        } else {
            opcode = BINARY;
            payload = ByteBuffer.wrap((byte[]) message);
        }
        int length = payload.remaining();
        int header = length <= 125 ? 2 : length <= 0xFFFF ? 4 : 10;
        byte[] frame = new byte[header + length];
        frame[0] = (byte) (FIN | opcode);
        if (header == 2) {
            frame[1] = (byte) length;
        } else if (header == 4) {
            frame[1] = 126;
            frame[2] = (byte) (length >>> 8);
            frame[3] = (byte) length;
        } else {
            frame[1] = 127;
            for (int i = 0; i < 8; i++) {
                frame[2 + i] = (byte) ((long) length >>> (56 - 8 * i));
            }
        }
        payload.get(frame, header, length);
        return frame;
    }

    /** A message framed once, written as it is to each Tyrus session without extensions. */
    private record RawFrame(Object message, byte[] wire, VarHandle socket) implements Prepared {

        @Override
        public Future<?> writeTo(Session session) throws IOException {
            if (!session.getNegotiatedExtensions().isEmpty() || !(session.getBasicRemote() instanceof TyrusRemoteEndpoint remote)) {
                return STANDARD.prepare(message).writeTo(session);
            }
            TyrusWebSocket webSocket = (TyrusWebSocket) socket.get(remote);
            try {
                return webSocket.sendRawFrame(ByteBuffer.wrap(wire));
            } catch (RuntimeException e) {
                if (!webSocket.isConnected()) {
                    throw new IOException("The WebSocket connection is closed", e);
                }
                throw e;
            }
        }
    }
}
