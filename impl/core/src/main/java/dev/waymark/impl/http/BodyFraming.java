package dev.waymark.impl.http;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * What a request's framing headers say of its body (RFC 9112, section 6): the one rule every
 * transport follows, read from the headers alone, since asking a container whether there is a body
 * makes it try to read, which blocks on a connection whose request asked for a protocol upgrade.
 */
public final class BodyFraming {

    /** The most digits a length can have and still fit a {@code long}, whatever they are. */
    private static final int MAX_DIGITS = 18;

    private BodyFraming() {
    }

    /**
     * Whether a request has a body: it is chunked ({@code Transfer-Encoding}), or it declares a
     * {@code Content-Length} greater than zero.
     *
     * @param headers the request headers
     * @return true if a body follows the headers
     */
    public static boolean hasBody(MultivaluedMap<String, String> headers) {
        return headers.getFirst("Transfer-Encoding") != null || declaredLength(headers) > 0;
    }

    /**
     * The length a request declares for its body.
     *
     * @param headers the request headers
     * @return the {@code Content-Length}, or -1 if there is none or it is not a number of at most
     *         18 digits
     */
    public static long declaredLength(MultivaluedMap<String, String> headers) {
        String length = headers.getFirst("Content-Length");
        if (length == null) {
            return -1;
        }
        String digits = length.strip();
        if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
