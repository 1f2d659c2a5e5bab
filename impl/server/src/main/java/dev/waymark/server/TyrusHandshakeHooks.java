package dev.waymark.server;

import java.util.List;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;

import org.glassfish.tyrus.core.HandshakeException;
import org.glassfish.tyrus.core.RequestContext;

import dev.waymark.impl.websocket.HandshakeHooks;

/**
 * The handshake hooks of Tyrus [WS-3-1]: the client address of Tyrus's request, and a refusal
 * Tyrus answers with its HTTP status. Tyrus catches its checked {@link HandshakeException} around
 * the handshake, {@code modifyHandshake} included, so the refusal is thrown unchecked.
 */
final class TyrusHandshakeHooks implements HandshakeHooks {

    @Override
    public String sourceIp(HandshakeRequest request) {
        return request instanceof RequestContext context && context.getRemoteAddr() != null ? context.getRemoteAddr() : "-";
    }

    /**
     * Tyrus has already put the headers of a 101 answer in the response: they are replaced by those
     * of an empty answer that closes the connection.
     */
    @Override
    public RuntimeException refuse(HandshakeResponse response, int status, String reason) {
        response.getHeaders().clear();
        response.getHeaders().put("Content-Length", List.of("0"));
        response.getHeaders().put("Connection", List.of("close"));
        return TyrusHandshakeHooks.<RuntimeException>sneaky(new HandshakeException(status, reason));
    }

    @SuppressWarnings("unchecked")
    private static <E extends Exception> E sneaky(Exception exception) throws E {
        throw (E) exception;
    }
}
