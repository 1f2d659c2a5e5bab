package dev.waymark.server;

import org.glassfish.grizzly.http.server.Request;

import dev.waymark.impl.edge.ReceivedRequest;

/** Grizzly's requests as the {@link dev.waymark.impl.edge.RequestEdge} reads them. */
final class GrizzlyRequest {

    private GrizzlyRequest() {
    }

    /**
     * A request to an application at the server's root.
     *
     * @param request Grizzly's request
     * @param headers its headers
     * @return the request
     */
    static ReceivedRequest received(Request request, RequestHeaders headers) {
        String path = request.getRequestURI();
        return new ReceivedRequest("", request.getMethod().getMethodString(), path, path, request.getQueryString(), headers,
                request::getInputStream, request.getRemoteAddr(), request.getProtocol().getProtocolString(), null);
    }
}
