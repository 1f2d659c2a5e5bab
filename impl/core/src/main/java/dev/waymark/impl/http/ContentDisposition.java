package dev.waymark.impl.http;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Content-Disposition} of a form part (RFC 7578, section 4.2): {@code form-data}, a
 * {@code name}, and for files a {@code filename} (or an RFC 8187 {@code filename*}).
 *
 * @param name the field name
 * @param fileName the file name, without any directory part or control character, if present
 */
record ContentDisposition(String name, Optional<String> fileName) {

    /**
     * Parses a header value.
     *
     * @param value the header value, or null
     * @return the disposition
     * @throws ProblemException with a 400 problem if it is missing, not {@code form-data}, or has no name
     */
    static ContentDisposition parse(String value) {
        if (value == null) {
            throw invalid("a part has no Content-Disposition header");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = value.indexOf(';');
        String type = (i < 0 ? value : value.substring(0, i)).strip();
        if (!type.equalsIgnoreCase("form-data")) {
            throw invalid("a part's Content-Disposition is '" + type + "', not form-data");
        }
        while (i >= 0 && i < value.length()) {
            int equals = value.indexOf('=', i + 1);
            if (equals < 0) {
                break;
            }
            String key = value.substring(i + 1, equals).strip().toLowerCase(Locale.ROOT);
            int start = skipSpace(value, equals + 1);
            StringBuilder parameter = new StringBuilder();
            int next;
            if (start < value.length() && value.charAt(start) == '"') {
                next = start + 1;
                while (next < value.length() && value.charAt(next) != '"') {
                    char c = value.charAt(next);
                    if (c == '\\' && next + 1 < value.length()) {
                        c = value.charAt(++next);
                    }
                    parameter.append(c);
                    next++;
                }
                if (next >= value.length()) {
                    throw invalid("a part's Content-Disposition has an unterminated quoted " + key);
                }
                next = value.indexOf(';', next);
            } else {
                next = value.indexOf(';', start);
                parameter.append((next < 0 ? value.substring(start) : value.substring(start, next)).strip());
            }
            parameters.putIfAbsent(key, parameter.toString());
            i = next;
        }
        String name = parameters.get("name");
        if (name == null) {
            throw invalid("a part's Content-Disposition has no name");
        }
        String fileName = parameters.containsKey("filename*") ? extended(parameters.get("filename*")) : parameters.get("filename");
        return new ContentDisposition(name, Optional.ofNullable(fileName).map(ContentDisposition::bareFileName));
    }

    private static int skipSpace(String value, int from) {
        int i = from;
        while (i < value.length() && value.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** An RFC 8187 value: {@code charset'language'percent-encoded}. */
    private static String extended(String value) {
        int first = value.indexOf('\'');
        int second = first < 0 ? -1 : value.indexOf('\'', first + 1);
        if (second < 0) {
            throw invalid("a part's filename* is not charset'language'value: '" + value + "'");
        }
        String encoded = value.substring(second + 1);
        if (QueryString.malformedEscape(encoded) >= 0) {
            throw invalid("a part's filename* has a malformed percent-encoding: '" + value + "'");
        }
        try {
            Charset charset = Charset.forName(value.substring(0, first));
            return URLDecoder.decode(encoded.replace("+", "%2B"), charset);
        } catch (IllegalArgumentException e) {
            throw invalid("a part's filename* cannot be decoded: '" + value + "'");
        }
    }

    /** The file name without any directory part and without control characters (C0, DEL and C1), which no file name needs. */
    private static String bareFileName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        StringBuilder bare = new StringBuilder(fileName.length() - slash - 1);
        fileName.substring(slash + 1).chars().filter(c -> !Character.isISOControl(c)).forEach(c -> bare.append((char) c));
        return bare.toString();
    }

    private static ProblemException invalid(String reason) {
        return new ProblemException(Problem.invalidBody("The multipart body is malformed: " + reason));
    }
}
