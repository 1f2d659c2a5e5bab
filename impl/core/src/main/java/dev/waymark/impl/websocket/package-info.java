/**
 * WebSocket APIs on {@code jakarta.websocket}: the declared routes, the programmatic endpoint that
 * routes each message by the route selection expression, the {@code $connect} handshake, and the
 * registry of open connections behind {@link dev.waymark.websocket.Connections}.
 */
package dev.waymark.impl.websocket;
