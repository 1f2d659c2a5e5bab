package dev.waymark.impl.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.waymark.auth.Identity;
import dev.waymark.impl.auth.DefaultIdentity;
import dev.waymark.websocket.ConnectionInfo;

class ConnectionRecordTest {

    @Test
    void aRecordCrossesAsJsonWithItsIdentityButNotItsCredential() {
        Instant opened = Instant.parse("2026-12-06T10:00:00Z");
        Identity caller = new DefaultIdentity("jwt", "ann", Set.of("chat"), Map.of("sub", "ann"), Map.of("tier", "gold"), "secret-token");
        ConnectionInfo info = new ConnectionInfo("c-1", "chat", opened, Instant.parse("2026-12-06T10:05:00Z"), "10.0.0.7",
                Optional.of(caller));
        byte[] bytes = new ConnectionRecord("member-a", info).bytes();
        assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("secret-token"));

        ConnectionRecord read = ConnectionRecord.read("c-1", bytes);
        assertEquals("member-a", read.owner());
        assertEquals("chat", read.info().api());
        assertEquals(opened, read.info().connectedAt());
        assertEquals("10.0.0.7", read.info().sourceIp());
        Identity crossed = read.info().identity().orElseThrow();
        assertEquals("ann", crossed.principal());
        assertEquals(Set.of("chat"), crossed.scopes());
        assertEquals("gold", crossed.context().get("tier"));
        assertTrue(crossed.credential(String.class).isEmpty());
    }

    @Test
    void anInfoKeepsItsLastActivityWhenTheNodeThatHoldsItDescribesIt() {
        ConnectionInfo info = new ConnectionInfo("c-2", "chat", Instant.parse("2026-12-06T10:00:00Z"),
                Instant.parse("2026-12-06T10:05:00Z"), "10.0.0.8", Optional.empty());
        assertEquals(info, ConnectionRecord.info(ConnectionRecord.json(info)));
    }
}
