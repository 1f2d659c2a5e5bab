package dev.waymark.impl.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * Reads the cookies of a request from its {@code Cookie} headers (RFC 6265, section 4.2), the
 * same way on every transport: pairs separated by {@code ;}, white space around names and values
 * ignored, a value's enclosing double quotes removed. A name sent twice keeps its first value: user
 * agents send the cookie with the longer path first (RFC 6265, section 5.4), the one meant for the
 * request's path.
 */
public final class RequestCookies {

    private RequestCookies() {
    }

    /**
     * The cookies of a request.
     *
     * @param headers the request headers
     * @return name to value, in the order sent; empty without a {@code Cookie} header
     */
    public static Map<String, String> of(MultivaluedMap<String, String> headers) {
        List<String> lines = headers.get("Cookie");
        if (lines == null || lines.isEmpty()) {
            return Map.of();
        }
        Map<String, String> cookies = new LinkedHashMap<>();
        for (String line : lines) {
            for (String pair : line.split(";")) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? "" : pair.substring(0, equals).strip();
                if (!name.isEmpty()) {
                    cookies.putIfAbsent(name, unquoted(pair.substring(equals + 1).strip()));
                }
            }
        }
        return Collections.unmodifiableMap(cookies);
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.charAt(0) == '"' && value.charAt(value.length() - 1) == '"'
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
