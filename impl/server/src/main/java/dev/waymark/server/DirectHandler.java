package dev.waymark.server;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.dispatch.RootClaim;
import dev.waymark.impl.dispatch.Routing;
import dev.waymark.impl.edge.RequestEdge;
import dev.waymark.impl.http.Exchange;

/**
 * Serves requests straight from Grizzly, without Jersey's request pipeline [RUNTIME-1-3]: a
 * handler takes only the portable request and response types, which need no JAX-RS container.
 * Standard routes run in the CDI request context, as through Jersey; edge routes without one. If
 * the application has pre-matching request filters, which must see every request, only edge routes
 * are served so, and every other request goes on to the Jersey container. Both read, route and
 * answer through the same {@link RequestEdge}. With a JAX-RS application of the application's own
 * at the root ({@link #shareRoot}), a request none of Waymark's routes takes goes to that
 * application instead [JAXRS-1-2].
 */
final class DirectHandler extends HttpHandler {

    private final RequestEdge edge;
    private final AnswerWriter answers;
    private final HttpHandler container;
    private final boolean containerFree;
    private HttpHandler rootApplication;
    private RootClaim claim;

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

    /**
     * Shares the root with a JAX-RS application, before the server starts.
     *
     * @param application the application's container
     * @param name the application's class name, for the error of a second one
     * @param rootClaim the requests Waymark's routes take from it
     * @throws ApiDeploymentException if another application has the root
     */
    void shareRoot(HttpHandler application, String name, RootClaim rootClaim) {
        if (rootApplication != null) {
            throw new ApiDeploymentException("Two JAX-RS applications have the path /; give " + name + " a path of its own");
        }
        rootApplication = application;
        claim = rootClaim;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        if (rootApplication != null && !claim.takes(request.getMethod().getMethodString(), request.getRequestURI(),
                request.getQueryString(), request.getHeader("Host"))) {
            rootApplication.service(request, response);
            return;
        }
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
        if (rootApplication != null) {
            rootApplication.start();
        }
    }

    @Override
    public void destroy() {
        if (container != null) {
            container.destroy();
        }
        if (rootApplication != null) {
            rootApplication.destroy();
        }
    }

    @Override
    public String getName() {
        return "waymark-direct";
    }
}
