package dev.waymark.impl.edge;

import java.io.InputStream;
import java.util.function.Supplier;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A request as a transport received it: what each transport adapts its own request to, so that
 * {@link RequestEdge} reads every request the same way.
 *
 * @param applicationPath the raw path of the application's root, without a trailing slash: empty
 *        for an application at {@code /}
 * @param method the request method
 * @param sentPath the raw path as the client sent it, the application's root included, for the
 *        access log
 * @param rawPath the raw path relative to the application's root, starting with {@code /}
 * @param rawQuery the raw query, or null
 * @param headers the request headers; look-ups ignore case
 * @param body opens the body stream; asked only when the request's framing says it has a body
 * @param clientAddress the address of the peer the request came from, or null if the transport
 *        does not tell
 * @param protocol the protocol, such as {@code HTTP/1.1}, or null if the transport does not tell
 * @param security the container's security context of the request, or null where there is none
 */
public record ReceivedRequest(String applicationPath, String method, String sentPath, String rawPath, String rawQuery,
        MultivaluedMap<String, String> headers, Supplier<InputStream> body, String clientAddress, String protocol,
        SecurityContext security) {
}
