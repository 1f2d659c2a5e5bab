package dev.waymark.server;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.lang.System.Logger.Level;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;

import org.glassfish.grizzly.http.server.Response;

import dev.waymark.impl.dispatch.Answer;
import dev.waymark.impl.edge.RequestEdge;
import dev.waymark.impl.http.CountingOutputStream;
import dev.waymark.impl.http.Problem;
import dev.waymark.impl.log.AccessRecord;

/**
 * Writes the answers Grizzly serves itself: status, headers with the request id, and the body,
 * counted as it goes out, then the access log line through the {@link RequestEdge}. A later answer
 * suspends the Grizzly response and completes it from the thread that produces it.
 */
final class AnswerWriter {

    private static final System.Logger LOG = System.getLogger("dev.waymark.server");

    /** The media types the response writer sets, by identity, as Jersey's string view writes them. */
    private static final Map<Object, String> KNOWN_TYPES = knownTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.APPLICATION_OCTET_STREAM_TYPE);

    private final RequestEdge edge;

    AnswerWriter(RequestEdge edge) {
        this.edge = edge;
    }

    /**
     * Sends an answer.
     *
     * @param answer the answer
     * @param record the request's access log record
     * @param response Grizzly's response
     * @throws IOException if writing an answer that is ready fails
     */
    void send(Answer answer, AccessRecord record, Response response) throws IOException {
        if (answer instanceof Answer.Now now) {
            write(now.response(), record, response);
        } else if (answer instanceof Answer.Later later) {
            response.suspend();
            later.response().whenComplete((ready, failure) -> complete(ready, failure, record, response));
        }
    }

    private void complete(jakarta.ws.rs.core.Response ready, Throwable failure, AccessRecord record, Response response) {
        try {
            if (failure != null) {
                throw failure;
            }
            write(ready, record, response);
        } catch (Throwable e) {
            LOG.log(Level.ERROR, "Answering " + record + " failed", e);
            if (!response.isCommitted()) {
                response.reset();
                writeFailure(record, response);
            }
        } finally {
            response.resume();
        }
    }

    /** Writes a 500 problem in place of an answer that failed, whose access log line is written. */
    private static void writeFailure(AccessRecord record, Response response) {
        response.setHeader(AccessRecord.REQUEST_ID_HEADER, record.requestId());
        try {
            writeAnswer(Problem.handlerFailed().toResponse(null), response, response.getOutputStream());
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "The client went away before the problem was written", e);
        }
    }

    /**
     * Writes an answer with the request id, then its access log line with the body bytes actually
     * sent. A handler's own JAX-RS response with an entity that only a JAX-RS message body writer
     * could write is answered with a 500 problem, as it would be through Jersey, which the runtime
     * gives no providers beyond its own.
     */
    private void write(jakarta.ws.rs.core.Response ready, AccessRecord record, Response response) throws IOException {
        jakarta.ws.rs.core.Response answer = ready;
        if (!writable(answer.getEntity())) {
            LOG.log(Level.ERROR, "The answer to " + record + " carries an entity of type " + answer.getEntity().getClass().getName()
                    + ", which has no writer: a response built by a handler may carry a String, byte[], char[], InputStream, Reader, "
                    + "File or StreamingOutput; return the object itself to have it written as JSON");
            answer = Problem.handlerFailed().toResponse(null);
        }
        response.setHeader(AccessRecord.REQUEST_ID_HEADER, record.requestId());
        edge.answering(record, answer.getStatus());
        CountingOutputStream out = new CountingOutputStream(response.getOutputStream());
        try {
            writeAnswer(answer, response, out);
        } finally {
            edge.sent(record, out.count());
        }
    }

    private static void writeAnswer(jakarta.ws.rs.core.Response answer, Response response, OutputStream out) throws IOException {
        response.setStatus(answer.getStatus());
        writeHeaders(answer, response);
        Object entity = answer.getEntity();
        if (entity != null) {
            writeBody(entity, response.getContentType(), out);
        }
    }

    /**
     * The headers as the answer holds them: Jersey's string view ({@code getStringHeaders}) looks
     * up a header delegate for every value, which costs more than the rest of writing them. Strings
     * and lengths need none, and the media types the response writer sets are converted once; any
     * other value is converted by that view.
     */
    private static void writeHeaders(jakarta.ws.rs.core.Response answer, Response response) {
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
    }

    /**
     * Writes a body. A stream is flushed once it is copied, as Jersey flushes it, so that it goes
     * out chunked whatever its size, as from Jersey [RUNTIME-1-3]: Grizzly would otherwise give a
     * short one the length it buffered.
     */
    private static void writeBody(Object entity, String contentType, OutputStream out) throws IOException {
        if (entity instanceof byte[] bytes) {
            out.write(bytes);
        } else if (entity instanceof String || entity instanceof char[] || entity instanceof Reader) {
            Writer text = new OutputStreamWriter(out, charset(contentType));
            if (entity instanceof Reader reader) {
                try (reader) {
                    reader.transferTo(text);
                }
            } else {
                text.write(entity instanceof String string ? string.toCharArray() : (char[]) entity);
            }
            text.flush();
        } else if (entity instanceof File file) {
            Files.copy(file.toPath(), out);
            out.flush();
        } else if (entity instanceof InputStream stream) {
            try (stream) {
                stream.transferTo(out);
            }
            out.flush();
        } else if (entity instanceof StreamingOutput streaming) {
            streaming.write(out);
        }
    }

    private static boolean writable(Object entity) {
        return entity == null || entity instanceof byte[] || entity instanceof String || entity instanceof char[]
                || entity instanceof Reader || entity instanceof File || entity instanceof InputStream || entity instanceof StreamingOutput;
    }

    /** The charset of a text entity: the media type's, else UTF-8, as Jersey's text writers have it. */
    private static Charset charset(String contentType) {
        if (contentType != null) {
            try {
                String name = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
                if (name != null) {
                    return Charset.forName(name);
                }
            } catch (IllegalArgumentException e) {
                LOG.log(Level.DEBUG, "Unreadable charset in " + contentType + "; writing UTF-8", e);
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static Map<Object, String> knownTypes(MediaType... types) {
        Map<Object, String> known = new IdentityHashMap<>();
        for (MediaType type : types) {
            known.put(type, jakarta.ws.rs.core.Response.ok().type(type).build().getStringHeaders().getFirst("Content-Type"));
        }
        return Collections.unmodifiableMap(known);
    }
}
