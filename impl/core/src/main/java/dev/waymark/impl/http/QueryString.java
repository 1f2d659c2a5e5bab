package dev.waymark.impl.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses a raw query string as {@code application/x-www-form-urlencoded}. */
final class QueryString {

    private QueryString() {
    }

    static Map<String, List<String>> parse(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
        }
        parameters.replaceAll((name, values) -> Collections.unmodifiableList(values));
        return Collections.unmodifiableMap(parameters);
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.invalidParameter("The query string has an invalid percent-encoding in '"
                    + raw + "'"));
        }
    }
}
