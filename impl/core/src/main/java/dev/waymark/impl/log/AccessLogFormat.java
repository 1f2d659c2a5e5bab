package dev.waymark.impl.log;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.waymark.ApiDeploymentException;

/**
 * The format of access log lines: the JSON object of API Gateway's access log fields, or a template with API Gateway's
 * {@code $context} variables, or nothing at all.
 */
public final class AccessLogFormat {

    /** The configuration value, or format, for the JSON line. */
    public static final String JSON_NAME = "json";

    /** The configuration value that turns the log off. */
    public static final String OFF_NAME = "off";

    /** The JSON line. */
    public static final AccessLogFormat JSON = new AccessLogFormat(null);

    /** No line. */
    public static final AccessLogFormat OFF = new AccessLogFormat(List.of());

    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern VARIABLE = Pattern.compile("\\$context\\.([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)*)");

    private static final Map<String, Variable> VARIABLES = Map.ofEntries(
            Map.entry("requestId", (record, line) -> line.append(record.requestId())),
            Map.entry("extendedRequestId", (record, line) -> line.append(record.requestId())),
            Map.entry("identity.sourceIp", (record, line) -> line.append(record.sourceIp())),
            Map.entry("identity.userAgent", (record, line) -> line.append(record.userAgent())),
            Map.entry("requestTime", (record, line) -> appendTime(record.startMillis(), line)),
            Map.entry("requestTimeEpoch", (record, line) -> line.append(record.startMillis())),
            Map.entry("httpMethod", (record, line) -> line.append(record.method())),
            Map.entry("path", (record, line) -> line.append(record.path())),
            Map.entry("routeKey", (record, line) -> line.append(record.routeKey())),
            Map.entry("protocol", (record, line) -> line.append(record.protocol())),
            Map.entry("status", (record, line) -> line.append(record.statusCode())),
            Map.entry("responseLength", (record, line) -> appendLength(record.length(), line)),
            Map.entry("responseLatency", (record, line) -> line.append(record.latencyMillis())),
            Map.entry("integrationLatency", (record, line) -> line.append(record.latencyMillis())),
            Map.entry("domainName", (record, line) -> line.append(hostName(record.host()))),
            Map.entry("apiId", (record, line) -> line.append(record.api())),
            Map.entry("stage", (record, line) -> line.append("$default")));

    /** The second last formatted as a request time, and its text: lines of one second share it. */
    private static volatile FormattedSecond lastSecond = new FormattedSecond(Long.MIN_VALUE, "");

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Literal text and variables, in order; null for the JSON line. */
    private final List<Object> parts;

    private AccessLogFormat(List<Object> parts) {
        this.parts = parts;
    }

    /**
     * Reads a format: {@code json}, {@code off}, or a template.
     *
     * @param text the format
     * @param where what declares it, for error messages
     * @return the format
     * @throws ApiDeploymentException if the template uses an unknown variable
     */
    public static AccessLogFormat parse(String text, String where) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase(JSON_NAME)) {
            return JSON;
        }
        if (trimmed.equalsIgnoreCase(OFF_NAME)) {
            return OFF;
        }
        List<Object> parts = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(text);
        int at = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            Variable variable = VARIABLES.get(name);
            if (variable == null) {
                throw new ApiDeploymentException("The access log format of " + where + " uses the unknown variable $context." + name
                        + "; known: " + VARIABLES.keySet().stream().sorted().map(v -> "$context." + v).toList());
            }
            parts.add(text.substring(at, matcher.start()));
            parts.add(variable);
            at = matcher.end();
        }
        parts.add(text.substring(at));
        if (text.contains("$context") && parts.size() == 1) {
            throw new ApiDeploymentException("The access log format of " + where + " has a malformed $context variable");
        }
        return new AccessLogFormat(List.copyOf(parts));
    }

    /**
     * Whether lines are written at all.
     *
     * @return {@code false} for {@link #OFF}
     */
    public boolean enabled() {
        return this != OFF;
    }

    /**
     * Formats a record.
     *
     * @param record the record of a completed request
     * @return the line
     */
    public String line(AccessRecord record) {
        StringBuilder line = new StringBuilder(256);
        appendTo(record, line);
        return line.toString();
    }

    /**
     * Formats a record at the end of a builder, which a writer reuses from line to line.
     *
     * @param record the record of a completed request
     * @param line where the line goes
     */
    public void appendTo(AccessRecord record, StringBuilder line) {
        if (parts == null) {
            appendJson(record, line);
            return;
        }
        for (Object part : parts) {
            if (part instanceof String text) {
                line.append(text);
            } else {
                ((Variable) part).append(record, line);
            }
        }
    }

    /** The JSON line, in the order and with the escapes of a JSON-P generator, without building an object first. */
    private static void appendJson(AccessRecord record, StringBuilder line) {
        line.append("{\"requestId\":");
        appendString(record.requestId(), line);
        line.append(",\"sourceIp\":");
        appendString(record.sourceIp(), line);
        line.append(",\"requestTime\":\"");
        appendTime(record.startMillis(), line);
        line.append("\",\"httpMethod\":");
        appendString(record.method(), line);
        line.append(",\"path\":");
        appendString(record.path(), line);
        line.append(",\"routeKey\":");
        appendString(record.routeKey(), line);
        line.append(",\"status\":").append(record.statusCode()).append(",\"protocol\":");
        appendString(record.protocol(), line);
        line.append(",\"responseLength\":");
        if (record.length() < 0) {
            line.append("\"-\"");
        } else {
            line.append(record.length());
        }
        line.append(",\"responseLatency\":").append(record.latencyMillis()).append(",\"userAgent\":");
        appendString(record.userAgent(), line);
        line.append('}');
    }

    /** A JSON string: quotes, backslashes and control characters escaped, everything else as it is. */
    private static void appendString(String text, StringBuilder line) {
        line.append('"');
        int plain = 0;
        while (plain < text.length() && !escaped(text.charAt(plain))) {
            plain++;
        }
        line.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\b' -> line.append("\\b");
                case '\f' -> line.append("\\f");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                default -> {
                    if (c < 0x20) {
                        line.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        line.append(c);
                    }
                }
            }
        }
        line.append('"');
    }

    private static boolean escaped(char c) {
        return c < 0x20 || c == '"' || c == '\\';
    }

    private static void appendLength(long length, StringBuilder line) {
        if (length < 0) {
            line.append('-');
        } else {
            line.append(length);
        }
    }

    /** The request time in the common log format, formatted once per second. */
    private static void appendTime(long millis, StringBuilder line) {
        long second = Math.floorDiv(millis, 1000);
        FormattedSecond last = lastSecond;
        if (last.second() != second) {
            last = new FormattedSecond(second, CLF.format(Instant.ofEpochSecond(second)));
            lastSecond = last;
        }
        line.append(last.text());
    }

    private static String hostName(String host) {
        int colon = host.lastIndexOf(':');
        return colon > 0 && host.indexOf(']') < colon ? host.substring(0, colon) : host;
    }

    /** One variable of a template, appended to a line. */
    @FunctionalInterface
    private interface Variable {
        void append(AccessRecord record, StringBuilder line);
    }

    private record FormattedSecond(long second, String text) {
    }
}
