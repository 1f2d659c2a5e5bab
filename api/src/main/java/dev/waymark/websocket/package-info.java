/**
 * WebSocket APIs [WS]: route keys ({@code $connect}, {@code $disconnect}, {@code $default} and
 * custom keys picked by a route selection expression), two-way routes, and {@link Connections} to
 * send to any connection from anywhere in the application, as SST's {@code WebSocketApi} and API
 * Gateway WebSocket APIs have them.
 *
 * @since 0.1
 */
package dev.waymark.websocket;
