package dev.waymark.impl.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.waymark.ApiDeploymentException;

/**
 * The input's first line is the format; the lines after it fill the record: request id, source
 * address, method, path, protocol, user agent, host, route key and API name, then a status and a
 * length.
 */
class AccessLogFormatFuzzTest {

    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    @FuzzTest(maxDuration = "10m")
    void anyFormatCompilesAndRendersAnyRecordOrIsRefusedWithAReason(byte[] input) {
        String[] lines = new String(input, StandardCharsets.UTF_8).split("\n", -1);
        AccessLogFormat format;
        try {
            format = AccessLogFormat.parse(lines[0], "the fuzz test");
        } catch (ApiDeploymentException e) {
            assertFalse(e.getMessage().isBlank());
            return;
        }
        AccessRecord record = new AccessRecord(line(lines, 1), line(lines, 2), orDash(line(lines, 3)), orDash(line(lines, 4)),
                line(lines, 5), line(lines, 6), line(lines, 7));
        String routeKey = line(lines, 8);
        if (routeKey != null) {
            record.route(routeKey, orDash(line(lines, 9)), format);
        }
        record.status(number(line(lines, 10)));
        record.responseLength(number(line(lines, 11)));
        assertNotNull(format.line(record));
        assertEquals(jsonP(record), AccessLogFormat.JSON.line(record));
    }

    /** The JSON line as a JSON-P object builder writes it, which the hand-written line must equal. */
    private static String jsonP(AccessRecord record) {
        JsonObjectBuilder line = Json.createObjectBuilder()
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
        return line.add("responseLatency", record.latencyMillis()).add("userAgent", record.userAgent()).build().toString();
    }

    private static String line(String[] lines, int index) {
        return index < lines.length ? lines[index] : null;
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }

    private static int number(String value) {
        return value == null ? -1 : value.hashCode();
    }
}
