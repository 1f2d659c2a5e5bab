package dev.waymark.impl.log;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObjectBuilder;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.http.JsonCodec;

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

    private static final Map<String, Function<AccessRecord, Object>> VARIABLES = Map.ofEntries(
            Map.entry("requestId", AccessRecord::requestId),
            Map.entry("extendedRequestId", AccessRecord::requestId),
            Map.entry("identity.sourceIp", AccessRecord::sourceIp),
            Map.entry("identity.userAgent", AccessRecord::userAgent),
            Map.entry("requestTime", record -> CLF.format(Instant.ofEpochMilli(record.startMillis()))),
            Map.entry("requestTimeEpoch", AccessRecord::startMillis),
            Map.entry("httpMethod", AccessRecord::method),
            Map.entry("path", AccessRecord::path),
            Map.entry("routeKey", AccessRecord::routeKey),
            Map.entry("protocol", AccessRecord::protocol),
            Map.entry("status", AccessRecord::statusCode),
            Map.entry("responseLength", record -> record.length() < 0 ? "-" : record.length()),
            Map.entry("responseLatency", AccessRecord::latencyMillis),
            Map.entry("integrationLatency", AccessRecord::latencyMillis),
            Map.entry("domainName", record -> hostName(record.host())),
            Map.entry("apiId", AccessRecord::api),
            Map.entry("stage", record -> "$default"));

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
            Function<AccessRecord, Object> variable = VARIABLES.get(name);
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
    @SuppressWarnings("unchecked")
    public String line(AccessRecord record) {
        if (parts == null) {
            return json(record);
        }
        StringBuilder line = new StringBuilder();
        for (Object part : parts) {
            line.append(part instanceof String text ? text : ((Function<AccessRecord, Object>) part).apply(record));
        }
        return line.toString();
    }

    private static String json(AccessRecord record) {
        JsonObjectBuilder line = JsonCodec.JSON_P.createObjectBuilder()
                .add("requestId", record.requestId())
                .add("sourceIp", record.sourceIp())
                .add("requestTime", CLF.format(Instant.ofEpochMilli(record.startMillis())))
                .add("httpMethod", record.method())
                .add("path", record.path())
                .add("routeKey", record.routeKey())
                .add("status", record.statusCode())
                .add("protocol", record.protocol());
        if (record.length() < 0) {
            line.add("responseLength", "-");
        } else {
            line.add("responseLength", record.length());
        }
        return line.add("responseLatency", record.latencyMillis())
                .add("userAgent", record.userAgent())
                .build().toString();
    }

    private static String hostName(String host) {
        int colon = host.lastIndexOf(':');
        return colon > 0 && host.indexOf(']') < colon ? host.substring(0, colon) : host;
    }
}
