package dev.waymark.server;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;

import org.glassfish.grizzly.http.Cookie;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import dev.waymark.impl.dispatch.Dispatcher;
import dev.waymark.impl.handler.BoundEndpoint;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.Problem;
import dev.waymark.impl.log.AccessRecord;
import dev.waymark.impl.route.RouteMatch;

/**
 * Serves EDGE routes straight from Grizzly, without Jersey's request pipeline or a CDI request
 * context [RUNTIME-1-3]: what an edge handler may use (the portable request and response types)
 * needs neither. Unless the application has pre-matching request filters, which must see every
 * request, it serves the routes whose handler needs no JAX-RS container (a GraphQL route's) the
 * same way, in the CDI request context. Every other request goes on to the Jersey container. An
 * asynchronous answer suspends the Grizzly response and completes it from the thread that produces
 * it.
 */
final class DirectHandler extends HttpHandler {

    private static final System.Logger LOG = System.getLogger("dev.waymark.server");

    /** The media types the response writer sets, by identity, as Jersey's string view writes them. */
    private static final Map<Object, String> KNOWN_TYPES = knownTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.APPLICATION_OCTET_STREAM_TYPE);

    private final Dispatcher dispatcher;
    private final HttpHandler container;
    private final boolean containerFree;

    DirectHandler(Dispatcher dispatcher, HttpHandler container, boolean containerFree) {
        this.dispatcher = dispatcher;
        this.container = container;
        this.containerFree = containerFree;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        String method = request.getMethod().getMethodString();
        String path = request.getRequestURI();
        RouteMatch<BoundEndpoint> match = dispatcher.matchDirect(method, path, request.getHeader("Host"), containerFree);
        if (match == null) {
            container.service(request, response);
            return;
        }
        RequestHeaders headers = new RequestHeaders(request);
        AccessRecord record = dispatcher.record(method, path, headers, request.getRemoteAddr(), request.getProtocol().getProtocolString());
        Exchange exchange = new Exchange("", method, path, request.getQueryString(), headers, () -> cookies(request),
                hasBody(request) ? request.getInputStream() : null, record, null);
        Object outcome = dispatcher.serveDirect(exchange, match);
        if (outcome instanceof jakarta.ws.rs.core.Response answer) {
            logged(answer, response, record);
            return;
        }
        response.suspend();
        ((CompletionStage<?>) outcome).whenComplete((answer, failure) -> {
            try {
                if (failure != null) {
                    throw failure;
                }
                logged((jakarta.ws.rs.core.Response) answer, response, record);
            } catch (Throwable e) {
                LOG.log(Level.ERROR, "Answering " + method + " " + path + " failed", e);
                if (!response.isCommitted()) {
                    response.reset();
                    writeQuietly(Problem.handlerFailed().toResponse(path), response);
                }
            } finally {
                response.resume();
            }
        });
    }

    /** Writes an answer with the request id, then its access log line with the bytes actually sent. */
    private void logged(jakarta.ws.rs.core.Response answer, Response response, AccessRecord record) throws IOException {
        response.setHeader(AccessRecord.REQUEST_ID_HEADER, record.requestId());
        record.status(answer.getStatus());
        long sent = 0;
        try {
            sent = write(answer, response);
        } finally {
            record.responseLength(sent);
            dispatcher.accessLog().write(record);
        }
    }

    private static long write(jakarta.ws.rs.core.Response answer, Response response) throws IOException {
        response.setStatus(answer.getStatus());
        // The headers as the answer holds them: Jersey's string view (getStringHeaders) looks up a
        // header delegate for every value, which costs more than the rest of writing them. Strings
        // and lengths need none, and the media types the response writer sets are converted once;
        // any other value is converted by that view, as before.
        MultivaluedMap<String, String> converted = null;
        for (Map.Entry<String, List<Object>> header : answer.getHeaders().entrySet()) {
            String name = header.getKey();
            List<Object> values = header.getValue();
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if ((value instanceof Integer || value instanceof Long) && name.equalsIgnoreCase("Content-Length")) {
                    response.setContentLengthLong(((Number) value).longValue());
                    continue;
                }
                String text = value instanceof String string ? string : KNOWN_TYPES.get(value);
                if (text == null) {
                    if (converted == null) {
                        converted = answer.getStringHeaders();
                    }
                    text = converted.get(name).get(i);
                }
                if (name.equalsIgnoreCase("Content-Type")) {
                    response.setContentType(text);
                } else if (name.equalsIgnoreCase("Content-Length")) {
                    response.setContentLengthLong(Long.parseLong(text));
                } else {
                    response.addHeader(name, text);
                }
            }
        }
        Object entity = answer.getEntity();
        OutputStream out = response.getOutputStream();
        if (entity == null) {
            return 0;
        }
        if (entity instanceof byte[] bytes) {
            out.write(bytes);
            return bytes.length;
        }
        if (entity instanceof InputStream stream) {
            try (stream) {
                return stream.transferTo(out);
            }
        }
        if (entity instanceof StreamingOutput streaming) {
            long[] count = {0};
            streaming.write(new FilterOutputStream(out) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    out.write(bytes, offset, length);
                    count[0] += length;
                }

                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    count[0]++;
                }
            });
            return count[0];
        }
        throw new IllegalStateException("A directly served answer cannot carry a " + entity.getClass().getName());
    }

    private static Map<Object, String> knownTypes(MediaType... types) {
        Map<Object, String> known = new IdentityHashMap<>();
        for (MediaType type : types) {
            known.put(type, jakarta.ws.rs.core.Response.ok().type(type).build().getStringHeaders().getFirst("Content-Type"));
        }
        return Collections.unmodifiableMap(known);
    }

    private static void writeQuietly(jakarta.ws.rs.core.Response answer, Response response) {
        try {
            write(answer, response);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "The client went away before the problem was written", e);
        }
    }

    private static Map<String, String> cookies(Request request) {
        Map<String, String> values = new HashMap<>();
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                values.putIfAbsent(cookie.getName(), cookie.getValue());
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private static boolean hasBody(Request request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    @Override
    public void start() {
        container.start();
    }

    @Override
    public void destroy() {
        container.destroy();
    }

    @Override
    public String getName() {
        return "waymark-direct";
    }
}
