package dev.waymark.impl.websocket;

import jakarta.websocket.server.HandshakeRequest;

/**
 * What the WebSocket container itself must supply for a handshake, which
 * {@code jakarta.websocket} leaves out: the client's address, and a way to answer the upgrade with
 * an HTTP status instead of opening the connection [WS-3-1].
 */
public interface HandshakeHooks {

    /**
     * The client's address.
     *
     * @param request the handshake request
     * @return an IP address, or {@code -} if the container does not tell
     */
    String sourceIp(HandshakeRequest request);

    /**
     * What to throw from {@code modifyHandshake} so that the container answers the upgrade with
     * a status and opens no connection.
     *
     * @param response the handshake response, whose headers the container has begun to fill
     * @param status the HTTP status, such as 401
     * @param reason what is wrong, for the client
     * @return the exception to throw
     */
    RuntimeException refuse(jakarta.websocket.HandshakeResponse response, int status, String reason);
}
