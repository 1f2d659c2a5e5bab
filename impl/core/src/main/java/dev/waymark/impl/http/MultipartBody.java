package dev.waymark.impl.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.ws.rs.core.MediaType;

import org.jvnet.mimepull.Header;
import org.jvnet.mimepull.MIMEConfig;
import org.jvnet.mimepull.MIMEMessage;
import org.jvnet.mimepull.MIMEParsingException;
import org.jvnet.mimepull.MIMEPart;

import dev.waymark.FormPart;

/** Reads a {@code multipart/form-data} body (RFC 7578) into its parts, with MIME Pull. */
final class MultipartBody {

    private MultipartBody() {
    }

    /**
     * Reads all parts. They are kept in memory: the route's body limit, enforced by the stream,
     * bounds their size.
     *
     * @param media the body's content type, with its {@code boundary}
     * @param body the body stream
     * @return the parts, in body order
     * @throws ProblemException with a 400 problem if the body is malformed, 413 if it is over the limit
     *         (MIME Pull's own reading of a MIME message also refuses, with a 400, a Content-ID that is
     *         not URL-encoded, two parts with one Content-ID, and a Content-Transfer-Encoding it cannot
     *         decode)
     */
    static List<FormPart> read(MediaType media, InputStream body) {
        String boundary = media.getParameters().get("boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw new ProblemException(Problem.invalidBody("The multipart/form-data Content-Type has no boundary parameter"));
        }
        MIMEConfig config = new MIMEConfig();
        config.setMemoryThreshold(-1L);
        List<FormPart> parts = new ArrayList<>();
        try (MIMEMessage message = new MIMEMessage(body, boundary, config)) {
            parseAll(message);
            Set<MIMEPart> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (MIMEPart part : message.getAttachments()) {
                if (!seen.add(part)) {
                    throw invalid("two parts have the same Content-ID (MIME Pull calls a part without one by its index)");
                }
                parts.add(part(part));
            }
        } catch (MIMEParsingException e) {
            ProblemException cause = problemCause(e);
            if (cause != null) {
                throw cause;
            }
            throw invalid(e.getMessage());
        }
        return Collections.unmodifiableList(parts);
    }

    private static FormPart part(MIMEPart part) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : part.getAllHeaders()) {
            headers.computeIfAbsent(header.getName(), ignored -> new ArrayList<>()).add(header.getValue());
        }
        headers.replaceAll((name, values) -> List.copyOf(values));
        List<String> disposition = headers.get("Content-Disposition");
        ContentDisposition parsed = ContentDisposition.parse(disposition == null ? null : disposition.get(0));
        List<String> type = headers.get("Content-Type");
        String contentType = type == null ? "text/plain" : type.get(0).strip();
        Optional<String> fileName = parsed.fileName();
        return new DefaultFormPart(parsed.name(), fileName, contentType, Collections.unmodifiableMap(headers), content(part, parsed.name()));
    }

    /** Parses the whole message. MIME Pull URL-decodes every Content-ID, and one that is not URL-encoded fails. */
    private static void parseAll(MIMEMessage message) {
        try {
            message.parseAll();
        } catch (IllegalArgumentException e) {
            throw invalid("a part's Content-ID is not URL-encoded: " + e.getMessage());
        }
    }

    /** A part's bytes, decoded as its Content-Transfer-Encoding says; MIME Pull has no stream for one it does not know. */
    private static byte[] content(MIMEPart part, String name) {
        InputStream decoded = part.readOnce();
        if (decoded == null) {
            throw invalid("the part '" + name + "' has a Content-Transfer-Encoding that cannot be decoded");
        }
        try (InputStream in = decoded) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the part '" + name + "' failed", e);
        }
    }

    private static ProblemException invalid(String reason) {
        return new ProblemException(Problem.invalidBody("The multipart body is malformed: " + reason));
    }

    private static ProblemException problemCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
        }
        return null;
    }
}
