package dev.waymark.impl.websocket;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;


/**
 * Runs {@code $connect} during the handshake [WS-3-1]: the API's authorizer, then its
 * {@code $connect} handler, with the handshake's headers, query and client address. A refusal is
 * thrown as the container's own refusal ({@link HandshakeHooks#refuse}), so the upgrade is
 * answered with that status and no connection opens; an accepted handshake is handed to the
 * connection's endpoint through its user properties.
 */
final class ConnectConfigurator extends ServerEndpointConfig.Configurator {

    private final WebSocketApiClass api;
    private final WebSocketRuntime runtime;

    ConnectConfigurator(WebSocketApiClass api, WebSocketRuntime runtime) {
        this.api = api;
        this.runtime = runtime;
    }

    /**
     * Accepts every origin here: {@link Connect#run} refuses a browser's origin the API does not
     * allow, as the container's refusal with 403 (a container's own origin refusal may leave the
     * client waiting for the end of an answer without a length).
     */
    @Override
    public boolean checkOrigin(String origin) {
        return true;
    }

    @Override
    public <T> T getEndpointInstance(Class<T> endpointClass) {
        return endpointClass.cast(new ConnectionEndpoint(api, runtime));
    }

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        Handshake handshake = PendingHandshake.take(api);
        if (handshake == null) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            request.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            String path = request.getRequestURI().getRawPath();
            Connect.Outcome outcome = Connect.run(api, runtime, path == null ? "/" : path, headers, request.getQueryString(),
                    runtime.hooks().sourceIp(request));
            if (outcome.refused()) {
                throw runtime.hooks().refuse(response, outcome.status(), outcome.reason());
            }
            handshake = outcome.handshake();
        }
        config.getUserProperties().put(Handshake.PROPERTY, handshake);
    }
}
