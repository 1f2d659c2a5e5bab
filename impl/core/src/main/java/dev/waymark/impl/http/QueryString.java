package dev.waymark.impl.http;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Parses a raw query string as {@code application/x-www-form-urlencoded}. */
public final class QueryString {

    private QueryString() {
    }

    /**
     * Checks that every {@code %} of a raw query starts a two-digit hexadecimal escape.
     *
     * @param rawQuery the raw query, or null
     * @throws ProblemException with a 400 problem if one does not
     */
    public static void checkEscapes(String rawQuery) {
        int malformed = rawQuery == null ? -1 : malformedEscape(rawQuery);
        if (malformed >= 0) {
            throw new ProblemException(Problem.invalidQuery("The query string has a malformed percent-encoding at character " + malformed));
        }
    }

    /**
     * Where the first {@code %} that does not start two ASCII hexadecimal digits is. (URLDecoder
     * and Character.digit also take a sign and other scripts' digits, such as {@code %+1} and
     * fullwidth digits.)
     *
     * @param raw percent-encoded text
     * @return the index of that {@code %}, or -1 if every escape is well formed
     */
    static int malformedEscape(String raw) {
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !isHexDigit(raw.charAt(i + 1)) || !isHexDigit(raw.charAt(i + 2))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /**
     * Parses a query string as {@code application/x-www-form-urlencoded}.
     *
     * @param rawQuery the raw query, or null
     * @return name to values, in request order
     * @throws ProblemException for an invalid percent-encoding
     */
    public static Map<String, List<String>> parse(String rawQuery) {
        return pairs(rawQuery, StandardCharsets.UTF_8,
                raw -> Problem.invalidQuery("The query string has an invalid percent-encoding in '" + raw + "'"));
    }

    /**
     * Parses {@code application/x-www-form-urlencoded} pairs ({@code +} is a space).
     *
     * @param raw the encoded pairs, or null
     * @param charset the charset of the percent-encoded bytes
     * @param invalid the problem for a malformed pair, given the pair
     * @return name to values, in order
     */
    static Map<String, List<String>> pairs(String raw, Charset charset, Function<String, Problem> invalid) {
        if (raw == null || raw.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), charset, invalid);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), charset, invalid);
            parameters.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        }
        parameters.replaceAll((name, values) -> Collections.unmodifiableList(values));
        return Collections.unmodifiableMap(parameters);
    }

    private static String decode(String raw, Charset charset, Function<String, Problem> invalid) {
        if (malformedEscape(raw) >= 0) {
            throw new ProblemException(invalid.apply(raw));
        }
        return URLDecoder.decode(raw, charset);
    }
}
