package dev.waymark.impl.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.junit.jupiter.api.Test;

import dev.waymark.ApiDeploymentException;

class TrustedProxiesTest {

    private static MultivaluedMap<String, String> headers(String... namesAndValues) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }

    @Test
    void untrustedPeersAreTheClient() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8");
        assertEquals("198.51.100.7", proxies.clientAddress("198.51.100.7", headers("X-Forwarded-For", "203.0.113.1")));
        assertEquals("198.51.100.7", TrustedProxies.NONE.clientAddress("198.51.100.7", headers("X-Forwarded-For", "203.0.113.1")));
    }

    @Test
    void trustedPeersNameTheNearestUntrustedHop() {
        TrustedProxies proxies = TrustedProxies.parse("10.0.0.0/8, 192.168.1.1");
        assertEquals("203.0.113.1", proxies.clientAddress("10.1.2.3", headers("X-Forwarded-For", "1.2.3.4, 203.0.113.1, 192.168.1.1")));
        assertEquals("203.0.113.9", proxies.clientAddress("10.1.2.3", headers("X-Forwarded-For", "203.0.113.9", "X-Forwarded-For", "10.9.9.9")));
        assertEquals("10.0.0.5", proxies.clientAddress("10.1.2.3", headers("X-Forwarded-For", "10.0.0.5")));
        assertEquals("10.1.2.3", proxies.clientAddress("10.1.2.3", headers()));
    }

    @Test
    void forwardedWinsAndItsNodesAreUnwrapped() {
        TrustedProxies proxies = TrustedProxies.parse("127.0.0.1, ::1");
        assertEquals("2001:db8::7", proxies.clientAddress("::1", headers("Forwarded", "for=\"[2001:db8::7]:4711\";proto=https",
                "X-Forwarded-For", "203.0.113.1")));
        assertEquals("192.0.2.60", proxies.clientAddress("127.0.0.1", headers("Forwarded", "for=192.0.2.60:8080, for=127.0.0.1")));
    }

    @Test
    void prefixesMatchBitByBit() {
        TrustedProxies proxies = TrustedProxies.parse("172.16.0.0/12");
        assertEquals("203.0.113.1", proxies.clientAddress("172.31.255.255", headers("X-Forwarded-For", "203.0.113.1")));
        assertEquals("172.32.0.1", proxies.clientAddress("172.32.0.1", headers("X-Forwarded-For", "203.0.113.1")));
    }

    @Test
    void invalidEntriesFailDeployment() {
        for (String invalid : new String[] {"10.0.0.0/33", "example.com", "10.0.0/8", "::1/129", "10.0.0.1/x"}) {
            assertThrows(ApiDeploymentException.class, () -> TrustedProxies.parse(invalid), invalid);
        }
    }
}
