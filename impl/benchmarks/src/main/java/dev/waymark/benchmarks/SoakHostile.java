package dev.waymark.benchmarks;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The hostile requests of the soak: each written byte for byte to a raw socket, then everything the
 * server sends read until it closes the connection or 15 s have passed. What is expected of the
 * server is a 4xx problem ({@code application/problem+json}) or a close; anything else (a 5xx, a
 * 2xx, a 4xx that is not a problem, a second answer on the connection, which means a request
 * smuggled behind the body was served, a reset without an answer, nothing within 15 s) is an
 * unexpected error.
 */
final class SoakHostile {

    /** The longest a hostile request may take before it counts as a hang. */
    static final long DEADLINE_MILLIS = 15_000;
    /** How long a connection kept open after an answer is watched for a second answer. */
    private static final long SECOND_ANSWER_MILLIS = 1_000;
    private static final int KEPT_BYTES = 2048;

    /** The request smuggled behind a body: no valid request asks for it, and the server counts each call. */
    static final String SMUGGLED = "GET /soak/smuggled HTTP/1.1\r\nHost: h\r\n\r\n";

    /**
     * One hostile request.
     *
     * @param variant which form of its kind, for the report
     * @param bytes what is written; a stalling request is written in part and then nothing more
     */
    record Plan(String variant, byte[] bytes) {
    }

    /**
     * What one hostile request came to.
     *
     * @param expected whether the server did what is expected
     * @param outcome a few words, such as {@code 400 invalid-request} or {@code 500 handler-failed}
     * @param detail the request and what came back, for an example
     * @param nanos from connecting until the end
     */
    record Result(boolean expected, String outcome, String detail, long nanos) {
    }

    private final InetSocketAddress server;

    SoakHostile(URI base) {
        this.server = new InetSocketAddress(base.getHost(), base.getPort());
    }

    /** The request of a kind, its form chosen by {@code seq}. */
    static Plan plan(SoakClient.Kind kind, long seq) {
        SplittableRandom random = new SplittableRandom(seq);
        int pick = (int) (seq % 6);
        return switch (kind) {
            case SMUGGLE_CL_TE -> pick % 2 == 0
                    ? plan("Content-Length then Transfer-Encoding: chunked", "POST /std/orders HTTP/1.1\r\nHost: h\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + SMUGGLED)
                    : plan("Transfer-Encoding: chunked then Content-Length", "POST /std/orders HTTP/1.1\r\nHost: h\r\n"
                            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n" + SMUGGLED);
            case SMUGGLE_XCHUNKED -> pick % 2 == 0
                    ? plan("Transfer-Encoding: xchunked with Content-Length", "POST /std/orders HTTP/1.1\r\nHost: h\r\n"
                            + "Content-Type: application/json\r\nTransfer-Encoding: xchunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n" + SMUGGLED)
                    : plan("Transfer-Encoding: xchunked alone", "POST /std/orders HTTP/1.1\r\nHost: h\r\n"
                            + "Content-Type: application/json\r\nTransfer-Encoding: xchunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n" + SMUGGLED);
            case SMUGGLE_CHUNK_OVERRUN -> plan("chunk longer than its size", "POST /std/orders HTTP/1.1\r\nHost: h\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{\"sku\":\"a\",\"quantity\":1}\r\n0\r\n\r\n"
                    + SMUGGLED);
            case HEADER_CONTROL -> {
                char control = "\u0000\u0001\u0008\u001b\u007f\r".charAt(pick);
                yield plan(String.format("control character 0x%02x in a header", (int) control),
                        "GET /std/items/1 HTTP/1.1\r\nHost: h\r\nX-Soak: before" + control + "after\r\n\r\n");
            }
            case GARBAGE_LINE -> switch (pick) {
                case 0 -> plan("a word", "GARBAGE\r\n\r\n");
                case 1 -> plan("random printable bytes", printable(random, 80) + "\r\n\r\n");
                case 2 -> new Plan("TLS ClientHello", new byte[] {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, (byte) 0xa1, 0x03, 0x03});
                case 3 -> plan("four parts", "GET /std/items/1 HTTP/1.1 extra\r\nHost: h\r\n\r\n");
                case 4 -> plan("no version", "GET /std/items/1\r\nHost: h\r\n\r\n");
                default -> {
                    byte[] bytes = new byte[256];
                    random.nextBytes(bytes);
                    yield new Plan("random binary bytes", bytes);
                }
            };
            case NON_ASCII_PATH -> switch (pick % 3) {
                case 0 -> new Plan("UTF-8 bytes in the path", "GET /std/items/caf\u00e9 HTTP/1.1\r\nHost: h\r\n\r\n".getBytes(StandardCharsets.UTF_8));
                case 1 -> new Plan("a Latin-1 byte in the path", "GET /edge/items/caf\u00e9 HTTP/1.1\r\nHost: h\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                default -> new Plan("UTF-8 bytes in the query", "GET /std/items/1?q=\u2603 HTTP/1.1\r\nHost: h\r\n\r\n"
                        .getBytes(StandardCharsets.UTF_8));
            };
            case HUGE_HEADERS -> switch (pick % 3) {
                case 0 -> plan("one header of 70,000 bytes", "GET /std/items/1 HTTP/1.1\r\nHost: h\r\nX-Big: " + "a".repeat(70_000) + "\r\n\r\n");
                case 1 -> {
                    StringBuilder fields = new StringBuilder();
                    for (int i = 0; i < 80; i++) {
                        fields.append("X-Field-").append(i).append(": ").append("b".repeat(900)).append("\r\n");
                    }
                    yield plan("80 headers of 900 bytes", "GET /edge/items/1 HTTP/1.1\r\nHost: h\r\n" + fields + "\r\n");
                }
                default -> plan("a cookie of 66,000 bytes", "GET /std/items/1 HTTP/1.1\r\nHost: h\r\nCookie: c=" + "c".repeat(66_000) + "\r\n\r\n");
            };
            case SLOW_UPLOAD -> pick % 2 == 0
                    ? plan("Content-Length 1000, 16 bytes sent", "POST /std/orders HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000\r\n\r\n{\"sku\":\"slow\",\"q")
                    : plan("chunked, one chunk of 16 bytes, then half of the next", "POST /std/orders HTTP/1.1\r\nHost: h\r\n"
                            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{\"sku\":\"slow\",\"q\r\n10\r\nuant");
            case SLOW_HEADERS -> plan("headers cut off in a field", "GET /std/items/1 HTTP/1.1\r\nHost: h\r\nX-Slow: ");
            case DEEP_JSON -> switch (pick % 3) {
                case 0 -> json("arrays 10,000 deep in an unknown field of the record", "/std/orders",
                        "{\"sku\":\"a\",\"quantity\":1,\"extra\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");
                case 1 -> json("objects 10,000 deep in an unknown field of the record", "/std/orders",
                        "{\"sku\":\"a\",\"quantity\":1,\"extra\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}");
                default -> json("arrays 10,000 deep as GraphQL variables", "/gql/graphql",
                        "{\"query\":\"{ item(id: \\\"1\\\") { id } }\",\"variables\":{\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}}");
            };
            case HUGE_NUMBER -> switch (pick % 3) {
                case 0 -> json("200,000 digits for the record's int", "/std/orders", "{\"sku\":\"a\",\"quantity\":" + "9".repeat(200_000) + "}");
                case 1 -> json("200,000 digits in an unknown field of the record", "/std/orders",
                        "{\"sku\":\"a\",\"quantity\":1,\"extra\":" + "9".repeat(200_000) + "}");
                default -> json("200,000 digits as a GraphQL variable", "/gql/graphql",
                        "{\"query\":\"{ item(id: \\\"1\\\") { id } }\",\"variables\":{\"n\":" + "9".repeat(200_000) + "}}");
            };
            case BAD_ESCAPE -> switch (pick % 5) {
                case 0 -> plan("%zz in a STANDARD route's path", "GET /std/items/%zz HTTP/1.1\r\nHost: h\r\n\r\n");
                case 1 -> plan("%G1 in an EDGE route's path", "GET /edge/items/%G1 HTTP/1.1\r\nHost: h\r\n\r\n");
                case 2 -> plan("truncated %4 in a STANDARD route's query", "GET /std/items/1?q=%4 HTTP/1.1\r\nHost: h\r\n\r\n");
                case 3 -> plan("%zz in an EDGE route's query", "GET /edge/items/1?q=%zz&r=1 HTTP/1.1\r\nHost: h\r\n\r\n");
                default -> plan("%ZZ in the GraphQL route's query", "GET /gql/graphql?query=%ZZ HTTP/1.1\r\nHost: h\r\n\r\n");
            };
            default -> throw new IllegalArgumentException(kind + " is not hostile");
        };
    }

    private static Plan plan(String variant, String request) {
        return new Plan(variant, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Plan json(String variant, String path, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return plan(variant, "POST " + path + " HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                + "\r\n\r\n" + body);
    }

    private static String printable(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(0x21, 0x7f));
        }
        return text.toString();
    }

    /** Sends one hostile request and tells what came of it. Never throws. */
    Result send(Plan plan) {
        Received received = exchange(plan.bytes());
        return classify(plan, received, received.writeFailure, received.nanos);
    }

    /**
     * Sends a valid request on a new connection, written whole right after connecting, with
     * {@code Connection: close}: null if the answer is 200 with {@code body}, else what went wrong.
     * A connection closed without an answer says how soon after connecting the request was
     * written, which tells a slow client (this one) from a server that closed a connection whose
     * request had arrived in time. Never throws.
     *
     * @param request the request
     * @param body what the answer's body must hold
     * @return null, or {@code "what is wrong|what came back"}
     */
    String valid(byte[] request, String body) {
        Received received = exchange(request);
        String text = new String(received.kept.toByteArray(), StandardCharsets.ISO_8859_1);
        if (received.answers.size() == 1 && received.answers.get(0).status() == 200 && text.contains(body)) {
            return null;
        }
        String came = String.format("(%s after %d ms; the request was written %d ms after connecting) %s", received.end,
                received.nanos / 1_000_000, received.writeMillis, text.isEmpty() ? "nothing" : escape(received.kept.toByteArray(), 400));
        if (received.answers.isEmpty()) {
            String when = received.writeMillis < 0 ? "not written"
                    : received.writeMillis <= 100 ? "written within 100 ms of connecting" : "written over 100 ms after connecting";
            return switch (String.valueOf(received.end)) {
                case "eof" -> "closed without an answer, the request " + when + "|" + came;
                case "reset" -> "reset without an answer, the request " + when + "|" + came;
                case "timeout" -> "no answer in 15 s|" + came;
                default -> received.end + "|" + came;
            };
        }
        return "status " + received.answers.get(0).status() + "|" + came;
    }

    /** Connects, writes the request, and reads until the server closes or 15 s have passed. */
    private Received exchange(byte[] request) {
        long started = System.nanoTime();
        long deadline = started + DEADLINE_MILLIS * 1_000_000;
        Received received = new Received();
        try (Socket socket = new Socket()) {
            socket.connect(server, 5_000);
            long connected = System.nanoTime();
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
                received.writeMillis = (System.nanoTime() - connected) / 1_000_000;
            } catch (IOException e) {
                // the server may refuse and close before the whole request is written: read what it said
                received.writeFailure = e.toString();
            }
            read(socket, deadline, received);
        } catch (IOException e) {
            received.end = "failed: " + e;
        }
        received.nanos = System.nanoTime() - started;
        return received;
    }

    /** Everything read from one connection. */
    private static final class Received {
        final List<Answer> answers = new ArrayList<>();
        final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        /** How the reading ended: {@code eof}, {@code reset}, {@code timeout}, {@code open} (kept open after an answer), or a failure. */
        String end;
        /** A partial or unreadable answer. */
        String malformed;
        /** Why writing the request failed, if it did. */
        String writeFailure;
        /** From the connection's opening until the whole request was written, or -1 if it was not. */
        long writeMillis = -1;
        /** From connecting until the end. */
        long nanos;
    }

    /** One answer: its status, whether it is a problem, whether it announced a close. */
    private record Answer(int status, boolean problem, boolean close, String problemType) {
    }

    private static void read(Socket socket, long deadline, Received received) throws IOException {
        InputStream in = new KeepingStream(new BufferedInputStream(socket.getInputStream()), received.kept);
        try {
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (!received.answers.isEmpty() && !received.answers.get(received.answers.size() - 1).close()) {
                    // kept open after an answer: watch a little longer for a second answer, then stop
                    left = Math.min(left, SECOND_ANSWER_MILLIS);
                }
                if (left <= 0) {
                    received.end = received.answers.isEmpty() ? "timeout" : "open";
                    return;
                }
                socket.setSoTimeout((int) left);
                int first = in.read();
                if (first < 0) {
                    received.end = "eof";
                    return;
                }
                Answer answer = answer(first, in);
                if (answer == null) {
                    received.malformed = "an answer that is not HTTP/1.1";
                    received.end = "malformed";
                    return;
                }
                received.answers.add(answer);
            }
        } catch (SocketTimeoutException e) {
            // nothing within the deadline, or a connection that announced its close and stayed open
            boolean open = !received.answers.isEmpty() && !received.answers.get(received.answers.size() - 1).close();
            received.end = open ? "open" : "timeout";
        } catch (SocketException e) {
            received.end = "reset";
        } catch (IOException | RuntimeException e) {
            received.malformed = e.toString();
            received.end = "malformed";
        }
    }

    /** Reads one answer, its first byte already read. */
    private static Answer answer(int first, InputStream in) throws IOException {
        String statusLine = (char) first + line(in);
        if (!statusLine.startsWith("HTTP/1.") || statusLine.length() < 12) {
            return null;
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean problem = false;
        boolean close = false;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            String lower = header.toLowerCase(Locale.ROOT);
            String value = lower.substring(lower.indexOf(':') + 1).strip();
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(value);
            } else if (lower.startsWith("transfer-encoding:")) {
                chunked = value.contains("chunked");
            } else if (lower.startsWith("content-type:")) {
                problem = value.startsWith("application/problem+json");
            } else if (lower.startsWith("connection:")) {
                close = value.contains("close");
            }
        }
        String body;
        if (chunked) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int n = Integer.parseInt(line(in).strip(), 16); n > 0; n = Integer.parseInt(line(in).strip(), 16)) {
                bytes.write(in.readNBytes(n));
                line(in);
            }
            line(in);
            body = bytes.toString(StandardCharsets.UTF_8);
        } else if (length >= 0) {
            body = new String(in.readNBytes((int) length), StandardCharsets.UTF_8);
        } else {
            // no length: the body ends with the connection
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            close = true;
        }
        String type = "";
        int at = body.indexOf("\"type\":\"");
        if (at >= 0) {
            int end = body.indexOf('"', at + 8);
            type = body.substring(at + 8, end).replaceFirst("^https://waymark\\.dev/problems/", "");
        }
        return new Answer(status, problem, close || statusLine.startsWith("HTTP/1.0"), type);
    }

    /** One line without its CRLF; fails at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection ended inside an answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
            if (line.length() > 100_000) {
                throw new IOException("a line of the answer is longer than 100,000 bytes");
            }
        }
        return line.toString();
    }

    private static Result classify(Plan plan, Received received, String writeFailure, long nanos) {
        String detail = describe(plan, received, writeFailure, nanos);
        List<Answer> answers = received.answers;
        if (received.end != null && received.end.startsWith("failed")) {
            return new Result(false, "connection failed", detail, nanos);
        }
        if (answers.isEmpty()) {
            return switch (received.end) {
                case "eof" -> new Result(true, "closed without an answer", detail, nanos);
                case "reset" -> new Result(false, "reset without an answer", detail, nanos);
                case "timeout" -> new Result(false, "no answer and no close in 15 s", detail, nanos);
                default -> new Result(false, "malformed answer", detail, nanos);
            };
        }
        Answer answer = answers.get(0);
        String what = answer.status() + (answer.problemType().isEmpty() ? "" : " " + answer.problemType());
        if (answers.size() > 1) {
            return new Result(false, "a second answer on the connection (smuggled request served): " + what + ", then "
                    + answers.get(1).status(), detail, nanos);
        }
        if (answer.status() >= 500) {
            return new Result(false, what, detail, nanos);
        }
        if (answer.status() < 400) {
            return new Result(false, "served: " + what, detail, nanos);
        }
        if (!answer.problem()) {
            return new Result(false, answer.status() + " that is not application/problem+json", detail, nanos);
        }
        if ("malformed".equals(received.end)) {
            return new Result(false, "malformed bytes after the answer", detail, nanos);
        }
        if (answer.close() && "timeout".equals(received.end)) {
            return new Result(false, what + " with Connection: close, but not closed in 15 s", detail, nanos);
        }
        return new Result(true, what, detail, nanos);
    }

    private static String describe(Plan plan, Received received, String writeFailure, long nanos) {
        return String.format("sent %d bytes: %s%n      came back (%s after %d ms%s): %s", plan.bytes().length,
                escape(plan.bytes(), 240), received.end, nanos / 1_000_000,
                (writeFailure == null ? "" : "; writing failed: " + writeFailure)
                        + (received.malformed == null ? "" : "; " + received.malformed),
                received.kept.size() == 0 ? "nothing" : escape(received.kept.toByteArray(), 600));
    }

    /** The bytes as printable ASCII, controls and others escaped, cut to about {@code max} characters. */
    static String escape(byte[] bytes, int max) {
        StringBuilder text = new StringBuilder("\"");
        for (int i = 0; i < bytes.length; i++) {
            if (text.length() >= max) {
                text.append("\"… (").append(bytes.length - i).append(" more bytes)");
                return text.toString();
            }
            int b = bytes[i] & 0xff;
            switch (b) {
                case '\r' -> text.append("\\r");
                case '\n' -> text.append("\\n");
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                default -> {
                    if (b < 0x20 || b >= 0x7f) {
                        text.append(String.format("\\x%02x", b));
                    } else {
                        text.append((char) b);
                    }
                }
            }
            // a long run of one byte is shown once with its length
            int run = 1;
            while (i + run < bytes.length && bytes[i + run] == bytes[i]) {
                run++;
            }
            if (run > 8) {
                text.append("{×").append(run).append('}');
                i += run - 1;
            }
        }
        return text.append('"').toString();
    }

    /** Keeps the first bytes read, for the examples. */
    private static final class KeepingStream extends InputStream {
        private final InputStream in;
        private final ByteArrayOutputStream kept;

        KeepingStream(InputStream in, ByteArrayOutputStream kept) {
            this.in = in;
            this.kept = kept;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && kept.size() < KEPT_BYTES) {
                kept.write(b);
            }
            return b;
        }
    }
}
