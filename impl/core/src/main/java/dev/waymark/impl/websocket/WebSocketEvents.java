package dev.waymark.impl.websocket;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.waymark.impl.http.JsonCodec;
import dev.waymark.impl.log.AccessLogWriter;
import dev.waymark.websocket.WebSocketEvent;

/** The access log of WebSocket events: one JSON line per CONNECT, MESSAGE and DISCONNECT [WS-6-1]. */
final class WebSocketEvents {

    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

    private final AccessLogWriter writer;
    private final String api;

    WebSocketEvents(AccessLogWriter writer, String api) {
        this.writer = writer;
        this.api = api;
    }

    void log(WebSocketEvent.Type type, String connectionId, String requestId, String routeKey, int status, String sourceIp) {
        if (!writer.fallback().enabled()) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("requestId", requestId);
        line.put("connectionId", connectionId);
        line.put("eventType", type.name());
        line.put("routeKey", routeKey);
        line.put("status", status);
        line.put("sourceIp", sourceIp);
        line.put("requestTime", ZonedDateTime.now(ZoneOffset.UTC).format(REQUEST_TIME));
        line.put("api", api);
        writer.writeLine(new String(JsonCodec.toBytes(line), java.nio.charset.StandardCharsets.UTF_8));
    }
}
