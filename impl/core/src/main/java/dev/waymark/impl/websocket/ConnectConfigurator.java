package dev.waymark.impl.websocket;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.AbstractMultivaluedMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import dev.waymark.auth.Identity;
import dev.waymark.impl.auth.AuthDecision;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.QueryString;
import dev.waymark.impl.log.AccessRecord;
import dev.waymark.websocket.WebSocketEvent;
import dev.waymark.websocket.WebSocketRoute;

/**
 * Runs {@code $connect} during the handshake [WS-3-1]: the API's authorizer, then its
 * {@code $connect} handler, with the handshake's headers, query and client address. A refusal is
 * thrown as the container's own refusal ({@link HandshakeHooks#refuse}), so the upgrade is
 * answered with that status and no connection opens; an accepted handshake is handed to the
 * connection's endpoint through its user properties.
 */
final class ConnectConfigurator extends ServerEndpointConfig.Configurator {

    private static final System.Logger LOG = System.getLogger("dev.waymark.websocket");

    private final WebSocketApiClass api;
    private final WebSocketRuntime runtime;

    ConnectConfigurator(WebSocketApiClass api, WebSocketRuntime runtime) {
        this.api = api;
        this.runtime = runtime;
    }

    @Override
    public boolean checkOrigin(String origin) {
        return origin == null || api.origins().allowsOrigin(origin);
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(new ConnectionEndpoint(api, runtime));
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        String rawQuery = request.getQueryString();
        Map<String, List<String>> query = rawQuery == null ? Map.of() : QueryString.parse(rawQuery);
        String sourceIp = runtime.hooks().sourceIp(request);
        String connectionId = UUID.randomUUID().toString();
        String requestId = UUID.randomUUID().toString();
        Identity identity = null;
        if (api.guard() != null) {
            AuthDecision decision = api.guard().check(exchange(request, headers, rawQuery, sourceIp));
            if (decision.refused()) {
                refuse(response, decision.refusal().getStatus(), "The $connect authorizer refused the connection", connectionId, requestId,
                        sourceIp);
            }
            identity = decision.identity();
        }
        Handshake handshake = new Handshake(connectionId, Collections.unmodifiableMap(headers), query, sourceIp, identity, Instant.now());
        WebSocketHandler connect = api.routes().get(WebSocketRoute.CONNECT);
        if (connect != null) {
            try {
                connect.invoke(WebSocketHandler.Message.NONE,
                        new DefaultWebSocketEvent(WebSocketEvent.Type.CONNECT, WebSocketRoute.CONNECT, requestId, handshake));
            } catch (WebApplicationException e) {
                refuse(response, e.getResponse().getStatus(), e.getMessage(), connectionId, requestId, sourceIp);
            } catch (Exception e) {
                LOG.log(Level.ERROR, "The $connect handler " + connect + " of WebSocket API " + api.name() + " failed", e);
                refuse(response, 500, "The $connect handler failed", connectionId, requestId, sourceIp);
            }
        }
        config.getUserProperties().put(Handshake.PROPERTY, handshake);
        runtime.events(api).log(WebSocketEvent.Type.CONNECT, connectionId, requestId, WebSocketRoute.CONNECT, 200, sourceIp);
    }

    private void refuse(HandshakeResponse response, int status, String reason, String connectionId, String requestId, String sourceIp) {
        runtime.events(api).log(WebSocketEvent.Type.CONNECT, connectionId, requestId, WebSocketRoute.CONNECT, status, sourceIp);
        throw runtime.hooks().refuse(response, status, reason == null ? Response.Status.fromStatusCode(status).getReasonPhrase() : reason);
    }

    private static Exchange exchange(HandshakeRequest request, Map<String, List<String>> headers, String rawQuery, String sourceIp) {
        MultivaluedMap<String, String> multi = new AbstractMultivaluedMap<String, String>(new TreeMap<>(String.CASE_INSENSITIVE_ORDER)) {
        };
        headers.forEach(multi::put);
        String path = request.getRequestURI().getRawPath();
        return new Exchange("", "GET", path == null ? "/" : path, rawQuery, multi, () -> cookies(multi.getFirst("cookie")), null,
                new AccessRecord(null, sourceIp, "GET", path, "HTTP/1.1", multi.getFirst("user-agent"), multi.getFirst("host")), null);
    }

    private static Map<String, String> cookies(String header) {
        Map<String, String> cookies = new LinkedHashMap<>();
        if (header != null) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
            }
        }
        return cookies;
    }
}
