package dev.waymark.impl.websocket;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.AbstractMultivaluedMap;
import jakarta.ws.rs.core.MultivaluedMap;

import dev.waymark.auth.Identity;
import dev.waymark.impl.auth.AuthDecision;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.QueryString;
import dev.waymark.impl.http.StatusTitles;
import dev.waymark.impl.log.AccessRecord;
import dev.waymark.websocket.WebSocketEvent;
import dev.waymark.websocket.WebSocketRoute;

/**
 * The {@code $connect} of one handshake [WS-3-1]: the API's authorizer, then its {@code $connect}
 * handler, with the handshake's headers, query and client address; logged as a CONNECT event.
 */
public final class Connect {

    private static final System.Logger LOG = System.getLogger("dev.waymark.websocket");

    private Connect() {
    }

    /**
     * What {@code $connect} decided.
     *
     * @param handshake the accepted handshake, or null when refused
     * @param status the refusal's HTTP status, or 0
     * @param reason what is wrong, when refused
     */
    public record Outcome(Handshake handshake, int status, String reason) {

        /**
         * Whether the connection is refused.
         *
         * @return {@code true} if it is
         */
        public boolean refused() {
            return handshake == null;
        }
    }

    /**
     * Runs {@code $connect}.
     *
     * @param api the WebSocket API
     * @param runtime its runtime
     * @param rawPath the handshake's path
     * @param headers the handshake's headers, names in lower case
     * @param rawQuery the raw query, or null
     * @param sourceIp the client's address
     * @return the outcome
     */
    public static Outcome run(WebSocketApiClass api, WebSocketRuntime runtime, String rawPath, Map<String, List<String>> headers,
            String rawQuery, String sourceIp) {
        Map<String, List<String>> query = rawQuery == null ? Map.of() : QueryString.parse(rawQuery);
        String connectionId = UUID.randomUUID().toString();
        String requestId = UUID.randomUUID().toString();
        List<String> origins = headers.get("origin");
        String origin = origins == null || origins.isEmpty() ? null : origins.get(0);
        if (origin != null && !api.origins().allowsOrigin(origin)) {
            return refuse(api, runtime, 403, "The origin " + origin + " may not connect", connectionId, requestId, sourceIp);
        }
        Identity identity = null;
        if (api.guard() != null) {
            AuthDecision decision = api.guard().check(exchange(rawPath, headers, rawQuery, sourceIp));
            if (decision.refused()) {
                return refuse(api, runtime, decision.refusal().getStatus(), "The $connect authorizer refused the connection", connectionId,
                        requestId, sourceIp);
            }
            identity = decision.identity();
        }
        Handshake handshake = new Handshake(connectionId, Collections.unmodifiableMap(headers), query, sourceIp, identity, Instant.now());
        RouteHandler connect = api.routes().get(WebSocketRoute.CONNECT);
        if (connect != null) {
            try {
                connect.invoke(Message.NONE,
                        new DefaultWebSocketEvent(WebSocketEvent.Type.CONNECT, WebSocketRoute.CONNECT, requestId, handshake));
            } catch (WebApplicationException e) {
                int status = e.getResponse().getStatus();
                return refuse(api, runtime, status, StatusTitles.of(status), connectionId, requestId, sourceIp);
            } catch (Exception e) {
                LOG.log(Level.ERROR, "The $connect handler " + connect + " of WebSocket API " + api.name() + " failed", e);
                return refuse(api, runtime, 500, "The $connect handler failed", connectionId, requestId, sourceIp);
            }
        }
        runtime.events(api).log(WebSocketEvent.Type.CONNECT, connectionId, requestId, WebSocketRoute.CONNECT, 200, sourceIp);
        return new Outcome(handshake, 0, null);
    }

    private static Outcome refuse(WebSocketApiClass api, WebSocketRuntime runtime, int status, String reason, String connectionId,
            String requestId, String sourceIp) {
        runtime.events(api).log(WebSocketEvent.Type.CONNECT, connectionId, requestId, WebSocketRoute.CONNECT, status, sourceIp);
        return new Outcome(null, status, reason);
    }

    private static Exchange exchange(String rawPath, Map<String, List<String>> headers, String rawQuery, String sourceIp) {
        MultivaluedMap<String, String> multi = new AbstractMultivaluedMap<String, String>(new TreeMap<>(String.CASE_INSENSITIVE_ORDER)) {
        };
        headers.forEach(multi::put);
        return new Exchange("", "GET", rawPath, rawQuery, multi, null,
                new AccessRecord(null, sourceIp, "GET", rawPath, "HTTP/1.1", multi.getFirst("user-agent"), multi.getFirst("host")), null);
    }
}
