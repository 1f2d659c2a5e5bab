package dev.waymark.server;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.util.TreeMap;
import java.util.concurrent.Executor;

import jakarta.ws.rs.core.AbstractMultivaluedMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.util.MimeHeaders;

import dev.waymark.impl.dispatch.Answer;
import dev.waymark.impl.edge.ReceivedRequest;
import dev.waymark.impl.edge.RequestEdge;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.log.AccessRecord;

/**
 * Answers the requests whose connection ended while {@link BodyBufferFilter} held them back for
 * the rest of their body [BODY-1-5]: each goes through the {@link RequestEdge} like any other, with
 * a body that ends where the client stopped, so its route answers {@code 400} for a body it needed
 * and its access log line is written. No one is left to read the answer, so none is sent.
 */
final class EndedEarlyRequests {

    private static final System.Logger LOG = System.getLogger("dev.waymark.server");

    private final RequestEdge edge;

    EndedEarlyRequests(RequestEdge edge) {
        this.edge = edge;
    }

    /**
     * Answers a request whose client closed the connection before its body ended, on the
     * connection's worker threads.
     *
     * @param request the request
     * @param received the part of the body that arrived
     * @param connection the closed connection
     */
    void answer(HttpRequestPacket request, Buffer received, Connection<?> connection) {
        byte[] bytes = new byte[received.remaining()];
        received.get(bytes);
        ReceivedRequest ended = new ReceivedRequest("", request.getMethod().getMethodString(), request.getRequestURI(),
                request.getRequestURI(), request.getQueryString(), headers(request.getHeaders()), () -> cutShort(bytes),
                clientAddress(connection), request.getProtocolString(), null);
        Executor workers = connection.getTransport().getWorkerThreadPool();
        Runnable answering = () -> answer(ended);
        if (workers == null) {
            answering.run();
        } else {
            workers.execute(answering);
        }
    }

    private void answer(ReceivedRequest ended) {
        Exchange exchange = edge.read(ended);
        AccessRecord record = exchange.access();
        try {
            Answer answer = edge.dispatch(exchange);
            if (answer instanceof Answer.Now now) {
                logged(record, now.response().getStatus());
            } else if (answer instanceof Answer.Later later) {
                later.response().whenComplete((response, failure) -> logged(record, failure == null ? response.getStatus() : 500));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Answering " + record + ", whose body ended early, failed", e);
            logged(record, 500);
        }
    }

    private void logged(AccessRecord record, int status) {
        edge.answering(record, status);
        edge.sent(record, 0);
    }

    /** The part of the body that arrived, then the end the client never sent. */
    private static InputStream cutShort(byte[] received) {
        return new SequenceInputStream(new ByteArrayInputStream(received), new InputStream() {
            @Override
            public int read() throws EOFException {
                throw new EOFException("the client closed the connection before the body ended");
            }
        });
    }

    private static MultivaluedMap<String, String> headers(MimeHeaders received) {
        MultivaluedMap<String, String> headers = new AbstractMultivaluedMap<>(new TreeMap<>(String.CASE_INSENSITIVE_ORDER)) { };
        for (String name : received.names()) {
            for (String value : received.values(name)) {
                headers.add(name, value);
            }
        }
        return headers;
    }

    private static String clientAddress(Connection<?> connection) {
        return connection.getPeerAddress() instanceof InetSocketAddress address && address.getAddress() != null
                ? address.getAddress().getHostAddress()
                : null;
    }
}
