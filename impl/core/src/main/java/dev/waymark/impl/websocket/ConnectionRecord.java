package dev.waymark.impl.websocket;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.waymark.auth.Identity;
import dev.waymark.impl.auth.DefaultIdentity;
import dev.waymark.impl.http.JsonCodec;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.websocket.ConnectionInfo;

/**
 * A connection as the nodes of a cluster share it [WS-8-1]: the node that holds it, and what is
 * known of it when it opened, as JSON. Its {@code lastActiveAt} stays on the node that holds it,
 * so that a message costs no shared write; here it is the time it opened. An identity crosses
 * without its credential.
 *
 * @param owner the id of the member that holds the connection
 * @param info the connection as it opened
 */
record ConnectionRecord(String owner, ConnectionInfo info) {

    /**
     * The record as bytes.
     *
     * @return UTF-8 JSON
     */
    byte[] bytes() {
        Map<String, Object> json = json(info);
        json.put("owner", owner);
        return JsonCodec.toBytes(json);
    }

    /**
     * A connection's info as JSON.
     *
     * @param info the info
     * @return its fields, the identity's credential left out
     */
    static Map<String, Object> json(ConnectionInfo info) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("connectionId", info.connectionId());
        json.put("api", info.api());
        json.put("connectedAt", info.connectedAt().toString());
        json.put("lastActiveAt", info.lastActiveAt().toString());
        json.put("sourceIp", info.sourceIp());
        info.identity().ifPresent(identity -> json.put("identity", identity(identity)));
        return json;
    }

    /**
     * A connection's info read from JSON.
     *
     * @param json the fields {@link #json} writes
     * @return the info
     */
    @SuppressWarnings("unchecked")
    static ConnectionInfo info(Map<String, Object> json) {
        Optional<Identity> identity = Optional.ofNullable((Map<String, Object>) json.get("identity")).map(ConnectionRecord::identity);
        return new ConnectionInfo((String) json.get("connectionId"), (String) json.get("api"), Instant.parse((String) json.get("connectedAt")),
                Instant.parse((String) json.get("lastActiveAt")), (String) json.get("sourceIp"), identity);
    }

    /**
     * A record read from bytes.
     *
     * @param connectionId the connection's id, the record's key
     * @param bytes UTF-8 JSON
     * @return the record
     */
    @SuppressWarnings("unchecked")
    static ConnectionRecord read(String connectionId, byte[] bytes) {
        Map<String, Object> json = (Map<String, Object>) JsonCodec.read(bytes, Map.class, JsonLimits.DEFAULTS, "connection record");
        json.put("connectionId", connectionId);
        return new ConnectionRecord((String) json.get("owner"), info(json));
    }

    private static Map<String, Object> identity(Identity identity) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("authorizer", identity.authorizer());
        json.put("principal", identity.principal());
        json.put("scopes", List.copyOf(identity.scopes()));
        json.put("claims", identity.claims());
        json.put("context", identity.context());
        return json;
    }

    @SuppressWarnings("unchecked")
    private static Identity identity(Map<String, Object> json) {
        return new DefaultIdentity((String) json.get("authorizer"), (String) json.get("principal"),
                Set.copyOf((List<String>) json.getOrDefault("scopes", List.of())), (Map<String, Object>) json.getOrDefault("claims", Map.of()),
                (Map<String, Object>) json.getOrDefault("context", Map.of()), null);
    }
}
