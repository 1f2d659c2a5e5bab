package dev.waymark.server;

import java.util.Locale;
import java.util.Set;

import org.glassfish.grizzly.Buffer;

import dev.waymark.impl.http.Problem;

/**
 * Follows the framing of the HTTP/1.1 requests on one connection (RFC 9112), byte by byte, ahead of
 * Grizzly's parser, and finds what must be refused before any of it is parsed: a request line that
 * is not {@code METHOD SP target SP HTTP/1.x}, a header line without a colon or with whitespace
 * before it, control characters in a field, lines that do not end in CRLF, {@code Content-Length}
 * together with {@code Transfer-Encoding}, several or malformed {@code Content-Length} fields, a
 * transfer coding other than one final {@code chunked}, chunk data longer or shorter than its size,
 * and {@code CONNECT}, which would turn the connection into a tunnel. Grizzly accepts all of these
 * and frames some differently from a proxy in front of it: each is a way to smuggle a request.
 * Bodies are counted, not copied; only request lines, header lines and chunk-size lines are kept
 * while they are read. After a WebSocket upgrade is accepted the rest of the connection is not
 * HTTP and is left alone.
 */
final class RequestFraming {

    /** Where the connection is in its current request. */
    enum Phase {
        /** Waiting for the first byte of a request. */
        IDLE,
        /** Reading a request line and its headers. */
        HEAD,
        /** Reading a request body. */
        BODY,
        /** A WebSocket upgrade request has been read; its answer is not sent yet. */
        UPGRADING,
        /** The connection speaks WebSocket now. */
        UPGRADED
    }

    /** A request that breaks the framing rules: its answer, after which the connection closes. */
    static final class Refusal extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient Problem problem;

        Refusal(Problem problem) {
            super(problem.detail(), null, false, false);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private enum BodyPart { LENGTH, CHUNK_SIZE, CHUNK_DATA, CHUNK_CR, CHUNK_LF, TRAILER }

    private static final byte CR = '\r';
    private static final byte LF = '\n';
    private static final int MAX_CHUNK_LINE = 4096;
    private static final int MAX_CONTENT_LENGTH_DIGITS = 18;
    private static final int MAX_CHUNK_SIZE_DIGITS = 15;
    private static final Set<String> UNSUPPORTED_CODINGS = Set.of("gzip", "x-gzip", "deflate", "compress", "x-compress");
    private static final boolean[] TOKEN = new boolean[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            TOKEN[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            TOKEN[c] = true;
            TOKEN[Character.toUpperCase(c)] = true;
        }
        for (char c : "!#$%&'*+-.^_`|~".toCharArray()) {
            TOKEN[c] = true;
        }
    }

    private final int maxHeadSize;
    private final int maxFields;

    private volatile Phase phase = Phase.IDLE;
    private volatile int requests;
    private byte[] line = new byte[256];
    private int lineLength;
    private boolean carriageReturn;
    private int headSize;
    private int fields;

    private boolean requestLineRead;
    private boolean http10;
    private int contentLengthFields;
    private long contentLength;
    private String transferEncoding;
    private int hostFields;
    private boolean webSocketUpgrade;

    private BodyPart bodyPart;
    private long remaining;

    /**
     * Starts following a connection.
     *
     * @param maxHeadSize the most bytes of request line and headers (and of a body's trailers)
     * @param maxFields the most header fields of a request
     */
    RequestFraming(int maxHeadSize, int maxFields) {
        this.maxHeadSize = maxHeadSize;
        this.maxFields = maxFields;
    }

    Phase phase() {
        return phase;
    }

    /** How many requests have started on the connection, counting the one being read. */
    int requests() {
        return requests;
    }

    /**
     * Follows the bytes the connection received next.
     *
     * @param buffer the bytes between its position and its limit, which are left as they are
     * @throws Refusal if they break the framing rules
     */
    void read(Buffer buffer) throws Refusal {
        int end = buffer.limit();
        int i = buffer.position();
        while (i < end) {
            switch (phase) {
                case UPGRADED -> {
                    return;
                }
                case BODY -> i = body(buffer, i, end);
                default -> i = head(buffer, i, end);
            }
        }
    }

    /**
     * Takes note of the answer to a WebSocket upgrade request.
     *
     * @param switched whether the answer is {@code 101 Switching Protocols}
     */
    void upgradeAnswered(boolean switched) {
        if (switched) {
            phase = Phase.UPGRADED;
        } else if (phase == Phase.UPGRADING) {
            phase = Phase.IDLE;
        }
    }

    private int head(Buffer buffer, int start, int end) throws Refusal {
        if (phase != Phase.HEAD) {
            phase = Phase.HEAD;
            requests++;
        }
        for (int i = start; i < end; i++) {
            byte b = buffer.get(i);
            if (++headSize > maxHeadSize) {
                throw requestLineRead
                        ? new Refusal(Problem.headersTooLarge(maxHeadSize))
                        : new Refusal(Problem.requestLineTooLong(maxHeadSize));
            }
            if (!requestLineRead && !carriageReturn && (b < 0x20 && b != CR || b >= 0x7f || b < 0)) {
                throw invalid(b < 0 || b >= 0x7f
                        ? "The request line holds raw bytes that are not ASCII; percent-encode them"
                        : "The request line holds a control character; this is not an HTTP/1.1 request");
            }
            if (lineEnded(b)) {
                endOfHeadLine();
                if (phase != Phase.HEAD) {
                    return i + 1;
                }
            }
        }
        return end;
    }

    /** Adds a byte to the current line; true when the byte ends the line (CRLF, nothing else). */
    private boolean lineEnded(byte b) throws Refusal {
        if (carriageReturn) {
            carriageReturn = false;
            if (b != LF) {
                throw invalid("A CR is not followed by LF; lines end with CRLF and fields hold no CR");
            }
            return true;
        }
        if (b == CR) {
            carriageReturn = true;
            return false;
        }
        if (b == LF) {
            throw invalid("A line ends with LF alone; HTTP/1.1 lines end with CRLF");
        }
        if (lineLength == line.length) {
            line = java.util.Arrays.copyOf(line, line.length * 2);
        }
        line[lineLength++] = b;
        return false;
    }

    private void endOfHeadLine() throws Refusal {
        int length = lineLength;
        lineLength = 0;
        if (!requestLineRead) {
            if (length == 0) {
                throw invalid("The request starts with an empty line, not a request line");
            }
            requestLine(length);
            requestLineRead = true;
            return;
        }
        if (length == 0) {
            endOfHead();
            return;
        }
        if (++fields > maxFields) {
            throw new Refusal(Problem.tooManyHeaderFields(maxFields));
        }
        field(length, true);
    }

    private void requestLine(int length) throws Refusal {
        int methodEnd = indexOf((byte) ' ', 0, length);
        int targetEnd = methodEnd < 0 ? -1 : indexOf((byte) ' ', methodEnd + 1, length);
        if (methodEnd <= 0 || targetEnd <= methodEnd + 1 || indexOf((byte) ' ', targetEnd + 1, length) >= 0) {
            throw invalid("The request line is not METHOD, a space, the target, a space and HTTP/1.1");
        }
        for (int i = 0; i < methodEnd; i++) {
            if (!token(line[i])) {
                throw invalid("The request method is not a token");
            }
        }
        for (int i = methodEnd + 1; i < targetEnd; i++) {
            if (line[i] <= 0x20 || line[i] == 0x7f) {
                throw invalid("The request target holds a control character");
            }
        }
        String method = ascii(0, methodEnd);
        String version = ascii(targetEnd + 1, length);
        if (!httpVersion(version)) {
            throw invalid("The request line does not end with an HTTP version such as HTTP/1.1");
        }
        if (!version.equals("HTTP/1.1") && !version.equals("HTTP/1.0")) {
            throw new Refusal(Problem.versionNotSupported(version));
        }
        http10 = version.equals("HTTP/1.0");
        if (method.equals("CONNECT")) {
            throw new Refusal(Problem.notImplemented("This server is not a proxy: it does not open tunnels with CONNECT"));
        }
        byte first = line[methodEnd + 1];
        boolean asterisk = targetEnd == methodEnd + 2 && first == '*';
        if (asterisk && !method.equals("OPTIONS")) {
            throw invalid("Only OPTIONS may have * as its request target");
        }
        if (!asterisk && first != '/' && !absoluteForm(methodEnd + 1, targetEnd)) {
            throw invalid("The request target is neither a path starting with / nor an absolute http(s) URI");
        }
    }

    private static boolean httpVersion(String version) {
        return version.length() == 8 && version.startsWith("HTTP/") && Character.isDigit(version.charAt(5))
                && version.charAt(6) == '.' && Character.isDigit(version.charAt(7));
    }

    private boolean absoluteForm(int start, int end) {
        String target = ascii(start, Math.min(end, start + 8)).toLowerCase(Locale.ROOT);
        return target.startsWith("http://") || target.startsWith("https://");
    }

    /** Checks one field line of the headers or the trailers, and notes the framing fields. */
    private void field(int length, boolean header) throws Refusal {
        if (line[0] == ' ' || line[0] == '\t') {
            throw invalid("A field line starts with whitespace (obsolete line folding)");
        }
        int colon = indexOf((byte) ':', 0, length);
        if (colon < 0) {
            throw invalid("A field line has no colon");
        }
        if (colon == 0) {
            throw invalid("A field line has no name before its colon");
        }
        for (int i = 0; i < colon; i++) {
            if (!token(line[i])) {
                throw invalid(line[i] == ' ' || line[i] == '\t'
                        ? "A field name is followed by whitespace before its colon"
                        : "A field name holds a character that is not allowed in a token");
            }
        }
        for (int i = colon + 1; i < length; i++) {
            byte b = line[i];
            if (b >= 0 && b < 0x20 && b != '\t' || b == 0x7f) {
                throw invalid("The field " + ascii(0, colon) + " holds a control character");
            }
        }
        if (header) {
            frameField(ascii(0, colon), colon + 1, length);
        }
    }

    private void frameField(String name, int valueStart, int valueEnd) throws Refusal {
        if (name.equalsIgnoreCase("Content-Length")) {
            if (++contentLengthFields > 1) {
                throw invalid("The request has several Content-Length fields");
            }
            String value = ascii(valueStart, valueEnd).strip();
            if (value.isEmpty() || value.length() > MAX_CONTENT_LENGTH_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw invalid("Content-Length is not a number of bytes");
            }
            contentLength = Long.parseLong(value);
        } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
            String value = ascii(valueStart, valueEnd);
            transferEncoding = transferEncoding == null ? value : transferEncoding + "," + value;
        } else if (name.equalsIgnoreCase("Host")) {
            hostFields++;
        } else if (name.equalsIgnoreCase("Upgrade")) {
            webSocketUpgrade = ascii(valueStart, valueEnd).strip().equalsIgnoreCase("websocket");
        }
    }

    private void endOfHead() throws Refusal {
        if (!http10 && hostFields != 1 || hostFields > 1) {
            throw invalid(hostFields == 0 ? "An HTTP/1.1 request must have a Host field" : "The request has several Host fields");
        }
        if (transferEncoding != null) {
            if (contentLengthFields > 0) {
                throw invalid("The request has both Content-Length and Transfer-Encoding");
            }
            if (http10) {
                throw invalid("An HTTP/1.0 request cannot have Transfer-Encoding");
            }
            checkCodings(transferEncoding);
            startBody(BodyPart.CHUNK_SIZE, 0);
        } else if (contentLength > 0) {
            startBody(BodyPart.LENGTH, contentLength);
        } else {
            endOfMessage();
        }
    }

    private static void checkCodings(String value) throws Refusal {
        String[] codings = value.split(",");
        String last = null;
        boolean chunked = false;
        String unsupported = null;
        for (String element : codings) {
            String coding = element.strip();
            if (coding.isEmpty()) {
                continue;
            }
            if (last != null && last.equals("chunked")) {
                throw invalid("chunked must be the last transfer coding");
            }
            String name = coding.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("chunked")) {
                if (chunked || coding.contains(";")) {
                    throw invalid(chunked ? "chunked appears twice in Transfer-Encoding" : "chunked takes no parameters");
                }
                chunked = true;
            } else if (unsupported == null) {
                unsupported = name;
            }
            last = name;
        }
        if (!"chunked".equals(last)) {
            throw invalid("Transfer-Encoding must end with chunked");
        }
        if (unsupported != null) {
            throw new Refusal(Problem.notImplemented(UNSUPPORTED_CODINGS.contains(unsupported)
                    ? "The transfer coding " + unsupported + " is not supported; send the body with chunked alone"
                    : "The transfer coding " + printable(unsupported) + " is unknown"));
        }
    }

    private void startBody(BodyPart part, long length) {
        bodyPart = part;
        remaining = length;
        phase = Phase.BODY;
    }

    private int body(Buffer buffer, int start, int end) throws Refusal {
        switch (bodyPart) {
            case LENGTH, CHUNK_DATA -> {
                long taken = Math.min(remaining, end - start);
                remaining -= taken;
                if (remaining == 0) {
                    if (bodyPart == BodyPart.LENGTH) {
                        endOfMessage();
                    } else {
                        bodyPart = BodyPart.CHUNK_CR;
                    }
                }
                return start + (int) taken;
            }
            case CHUNK_CR, CHUNK_LF -> {
                byte expected = bodyPart == BodyPart.CHUNK_CR ? CR : LF;
                if (buffer.get(start) != expected) {
                    throw invalid("A chunk's data is longer than its size");
                }
                bodyPart = bodyPart == BodyPart.CHUNK_CR ? BodyPart.CHUNK_LF : BodyPart.CHUNK_SIZE;
                return start + 1;
            }
            default -> {
                return bodyLines(buffer, start, end);
            }
        }
    }

    private int bodyLines(Buffer buffer, int start, int end) throws Refusal {
        for (int i = start; i < end; i++) {
            byte b = buffer.get(i);
            if (bodyPart == BodyPart.CHUNK_SIZE ? lineLength >= MAX_CHUNK_LINE : ++headSize > maxHeadSize) {
                throw bodyPart == BodyPart.CHUNK_SIZE ? invalid("A chunk-size line is too long") : new Refusal(Problem.headersTooLarge(maxHeadSize));
            }
            if (lineEnded(b)) {
                int length = lineLength;
                lineLength = 0;
                if (bodyPart == BodyPart.CHUNK_SIZE) {
                    chunkSize(length);
                } else if (length == 0) {
                    endOfMessage();
                } else {
                    field(length, false);
                }
                return i + 1;
            }
        }
        return end;
    }

    private void chunkSize(int length) throws Refusal {
        int digits = 0;
        long size = 0;
        while (digits < length && Character.digit(line[digits], 16) >= 0) {
            if (digits == MAX_CHUNK_SIZE_DIGITS) {
                throw invalid("A chunk size is too large");
            }
            size = size * 16 + Character.digit(line[digits], 16);
            digits++;
        }
        if (digits == 0) {
            throw invalid("A chunk does not start with its size in hexadecimal digits");
        }
        int i = digits;
        while (i < length && (line[i] == ' ' || line[i] == '\t')) {
            i++;
        }
        if (i < length) {
            throw invalid(line[i] == ';'
                    ? "Chunk extensions are not supported; send the chunk size alone"
                    : "A chunk size is followed by something other than a chunk extension");
        }
        if (size == 0) {
            bodyPart = BodyPart.TRAILER;
            headSize = 0;
        } else {
            bodyPart = BodyPart.CHUNK_DATA;
            remaining = size;
        }
    }

    private void endOfMessage() {
        phase = webSocketUpgrade ? Phase.UPGRADING : Phase.IDLE;
        headSize = 0;
        fields = 0;
        requestLineRead = false;
        http10 = false;
        contentLengthFields = 0;
        contentLength = 0;
        transferEncoding = null;
        hostFields = 0;
        webSocketUpgrade = false;
        bodyPart = null;
        remaining = 0;
    }

    private int indexOf(byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (line[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private String ascii(int from, int to) {
        return new String(line, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static boolean token(byte b) {
        return b > 0 && TOKEN[b];
    }

    private static String printable(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return shown.replaceAll("[^\\x21-\\x7e]", "?");
    }

    private static Refusal invalid(String detail) {
        return new Refusal(Problem.invalidRequest(detail));
    }
}
