package dev.waymark.impl.route;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a raw request path into segments and percent-decodes each segment exactly once, so an
 * encoded {@code /} stays inside its segment.
 *
 * <p>Rules: a single trailing slash is ignored; a segment that decodes to {@code .} or {@code ..}
 * is refused (no dot-segment is ever resolved); a malformed percent-encoding, a byte sequence that
 * is not valid UTF-8 (overlong forms included) and a decoded control character are refused.
 */
public final class RequestPath {

    private RequestPath() {
    }

    /**
     * Decodes a raw path.
     *
     * @param rawPath the path as sent, relative to the application root, starting with {@code /}
     *        (an empty path is {@code /})
     * @return the decoded segments; empty for {@code /}
     * @throws InvalidPathException saying what is wrong
     */
    public static List<String> segments(String rawPath) {
        if (rawPath.isEmpty() || rawPath.equals("/")) {
            return List.of();
        }
        if (rawPath.charAt(0) != '/') {
            throw new InvalidPathException("the path must start with '/'");
        }
        int end = rawPath.endsWith("/") ? rawPath.length() - 1 : rawPath.length();
        List<String> segments = new ArrayList<>();
        int start = 1;
        while (start <= end) {
            int slash = rawPath.indexOf('/', start);
            int stop = slash < 0 || slash > end ? end : slash;
            segments.add(decodeSegment(rawPath.substring(start, stop)));
            start = stop + 1;
        }
        return segments;
    }

    private static String decodeSegment(String raw) {
        String decoded = raw.indexOf('%') < 0 ? raw : percentDecode(raw);
        for (int i = 0; i < decoded.length(); i++) {
            if (Character.isISOControl(decoded.charAt(i))) {
                throw new InvalidPathException("the segment '" + raw + "' contains a control character");
            }
        }
        if (decoded.equals(".") || decoded.equals("..")) {
            throw new InvalidPathException("the path contains the dot-segment '" + raw + "'");
        }
        return decoded;
    }

    private static String percentDecode(String raw) {
        ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new InvalidPathException("the segment '" + raw + "' ends in an incomplete percent-encoding");
                }
                int high = hexValue(raw.charAt(i + 1));
                int low = hexValue(raw.charAt(i + 2));
                if (high < 0 || low < 0) {
                    throw new InvalidPathException("the segment '" + raw + "' has an invalid percent-encoding '"
                            + raw.substring(i, i + 3) + "'");
                }
                bytes.put((byte) ((high << 4) | low));
                i += 3;
            } else {
                int end = raw.indexOf('%', i);
                int stop = end < 0 ? raw.length() : end;
                bytes.put(raw.substring(i, stop).getBytes(StandardCharsets.UTF_8));
                i = stop;
            }
        }
        bytes.flip();
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidPathException("the segment '" + raw + "' does not decode to valid UTF-8");
        }
    }

    /** The value of an ASCII hexadecimal digit, or -1 (Character.digit would also take other scripts' digits). */
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /** A request path that cannot be routed. */
    public static final class InvalidPathException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        InvalidPathException(String message) {
            super(message, null, false, false);
        }
    }
}
