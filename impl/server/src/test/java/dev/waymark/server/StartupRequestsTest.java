package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.waymark.RouteTable;

/** The requests a training run ({@code waymark.exit-after}) sends the server it started. */
class StartupRequestsTest {

    @Test
    void eachListedPathIsRequestedOnceInOrder() {
        RouteTable table = RouteTable.create("training", "/").add("GET /items", (request, response) -> List.of("a"));
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of()).api(table).start()) {
            assertEquals(List.of("GET /items: 200", "GET /items?x=1: 200", "GET /missing: 404"),
                    StartupRequests.send(server.uri(), " /items, /items?x=1,,/missing "));
            assertEquals(List.of(), StartupRequests.send(server.uri(), ""));
        }
    }

    @Test
    void aRequestThatCannotBeSentIsReportedAndTheOthersGoOn() {
        List<String> sent = StartupRequests.send(URI.create("http://127.0.0.1:1/"), "/a,/b");
        assertEquals(2, sent.size());
        assertTrue(sent.get(0).startsWith("GET /a: failed: "), sent.get(0));
        assertTrue(sent.get(1).startsWith("GET /b: failed: "), sent.get(1));
    }
}
