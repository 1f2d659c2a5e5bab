package dev.waymark.impl.edge;

import java.util.List;

import jakarta.ws.rs.core.MultivaluedMap;

import dev.waymark.impl.dispatch.Answer;
import dev.waymark.impl.dispatch.Dispatcher;
import dev.waymark.impl.dispatch.Routing;
import dev.waymark.impl.http.BodyFraming;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.ReceivedBody;
import dev.waymark.impl.log.AccessRecord;
import dev.waymark.impl.config.ConfigKeys;

/**
 * Everything of serving a request but moving its bytes, the same for every transport (Grizzly
 * serving directly, the JAX-RS pre-matching filter): reading the request, the checks before
 * routing and routing, the answer, and the access log line once the answer is sent. A transport
 * adapts its request to a {@link ReceivedRequest}, writes the {@link Answer} out, counting the body
 * bytes it sends ({@link dev.waymark.impl.http.CountingOutputStream}), and tells this edge when it
 * starts and when it has finished.
 */
public final class RequestEdge {

    private final Dispatcher dispatcher;
    private final String requestIdHeader;

    /**
     * Creates the edge of a dispatcher.
     *
     * @param dispatcher what routes and answers requests, and where access log lines go
     */
    public RequestEdge(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
        this.requestIdHeader = ConfigKeys.REQUEST_ID_HEADER.get();
    }

    /**
     * Whether any request may be served without the JAX-RS container.
     *
     * @param containerFree whether nothing of the container must see requests (see
     *        {@link Routing#direct})
     * @return false if every request goes to the container
     */
    public boolean hasDirectRoutes(boolean containerFree) {
        return dispatcher.deployment().hasDirectRoutes(containerFree);
    }

    /**
     * Checks a request target as routing will, for a transport that must refuse a target before it
     * can hand the request on.
     *
     * @param rawPath the raw path, relative to the application
     * @param rawQuery the raw query, or null
     * @return the path's decoded segments
     * @throws dev.waymark.impl.http.ProblemException with the problem routing would answer
     */
    public List<String> checkTarget(String rawPath, String rawQuery) {
        return dispatcher.targets().segments(rawPath, rawQuery);
    }

    /**
     * Routes a request from its target and headers, before the rest of it is read.
     *
     * @param method the request method
     * @param rawPath the raw path, relative to the application
     * @param rawQuery the raw query, or null
     * @param headers the request headers
     * @return the route, or the answer of a request no route takes
     */
    public Routing route(String method, String rawPath, String rawQuery, MultivaluedMap<String, String> headers) {
        return dispatcher.route(method, rawPath, rawQuery, headers);
    }

    /**
     * Reads a request: its access log record, with the request id [LOG-2-2] and the client's
     * address; its body, if its framing says it has one ({@link BodyFraming}), watched for a client
     * that stops sending it ({@link ReceivedBody}); its cookies come from its headers
     * ({@link Exchange#cookies()}).
     *
     * @param request the request
     * @return the exchange to answer
     */
    public Exchange read(ReceivedRequest request) {
        MultivaluedMap<String, String> headers = request.headers();
        AccessRecord record = new AccessRecord(requestIdHeader == null ? null : headers.getFirst(requestIdHeader),
                request.clientAddress(), request.method(), request.sentPath(), request.protocol(), headers.getFirst("User-Agent"),
                headers.getFirst("Host"));
        ReceivedBody body = BodyFraming.hasBody(headers) ? new ReceivedBody(request.body().get()) : null;
        return new Exchange(request.applicationPath(), request.method(), request.rawPath(), request.rawQuery(), headers, body, record,
                request.security());
    }

    /**
     * Answers a request routing took.
     *
     * @param exchange the request
     * @param routing what {@link #route} decided
     * @return the answer
     */
    public Answer answer(Exchange exchange, Routing routing) {
        return dispatcher.answer(exchange, routing);
    }

    /**
     * Routes and answers a request.
     *
     * @param exchange the request
     * @return the answer
     */
    public Answer dispatch(Exchange exchange) {
        return dispatcher.dispatch(exchange);
    }

    /**
     * Records that an answer's status and headers go out now; its latency is measured here. The
     * transport sends the request id in {@link AccessRecord#REQUEST_ID_HEADER} with them.
     *
     * @param record the request's record
     * @param status the status
     */
    public void answering(AccessRecord record, int status) {
        record.status(status);
    }

    /**
     * Writes the access log line of a request whose answer has been sent, or has failed to be.
     *
     * @param record the request's record
     * @param bodyBytes the body bytes the transport sent
     */
    public void sent(AccessRecord record, long bodyBytes) {
        record.responseLength(bodyBytes);
        dispatcher.accessLog().write(record);
    }
}
