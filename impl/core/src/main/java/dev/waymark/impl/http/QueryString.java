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
        if (rawQuery == null) {
            return;
        }
        for (int i = rawQuery.indexOf('%'); i >= 0; i = rawQuery.indexOf('%', i + 1)) {
            if (i + 2 >= rawQuery.length() || Character.digit(rawQuery.charAt(i + 1), 16) < 0
                    || Character.digit(rawQuery.charAt(i + 2), 16) < 0) {
                throw new ProblemException(Problem.invalidQuery("The query string has a malformed percent-encoding at character " + i));
            }
        }
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
        try {
            return URLDecoder.decode(raw, charset);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(invalid.apply(raw));
        }
    }
}
