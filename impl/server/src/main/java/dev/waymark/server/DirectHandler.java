package dev.waymark.server;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import dev.waymark.impl.dispatch.Routing;
import dev.waymark.impl.edge.RequestEdge;
import dev.waymark.impl.http.Exchange;

/**
 * Serves requests straight from Grizzly, without Jersey's request pipeline [RUNTIME-1-3]: a
 * handler takes only the portable request and response types, which need no JAX-RS container.
 * Standard routes run in the CDI request context, as through Jersey; edge routes without one. If
 * the application has pre-matching request filters, which must see every request, only edge routes
 * are served so, and every other request goes on to the Jersey container. Both read, route and
 * answer through the same {@link RequestEdge}.
 */
final class DirectHandler extends HttpHandler {

    private final RequestEdge edge;
    private final AnswerWriter answers;
    private final HttpHandler container;
    private final boolean containerFree;

    /**
     * @param container the JAX-RS container, or null if there is none, which only a runtime that
     *        serves every request directly may leave out
     */
    DirectHandler(RequestEdge edge, AnswerWriter answers, HttpHandler container, boolean containerFree) {
        this.edge = edge;
        this.answers = answers;
        this.container = container;
        this.containerFree = containerFree;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        if (!edge.hasDirectRoutes(containerFree)) {
            container.service(request, response);
            return;
        }
        RequestHeaders headers = new RequestHeaders(request);
        Routing routing = edge.route(request.getMethod().getMethodString(), request.getRequestURI(), request.getQueryString(), headers);
        if (!routing.direct(containerFree)) {
            container.service(request, response);
            return;
        }
        Exchange exchange = edge.read(GrizzlyRequest.received(request, headers));
        answers.send(edge.answer(exchange, routing), exchange.access(), response);
    }

    @Override
    public void start() {
        if (container != null) {
            container.start();
        }
    }

    @Override
    public void destroy() {
        if (container != null) {
            container.destroy();
        }
    }

    @Override
    public String getName() {
        return "waymark-direct";
    }
}
