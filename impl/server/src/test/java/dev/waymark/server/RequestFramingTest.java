package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.grizzly.memory.MemoryManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The framing rules on bytes as they arrive: a verdict never depends on how the bytes are split. */
class RequestFramingTest {

    private static final int MAX_HEAD = 1024;

    /** The verdict on bytes read in pieces: the phase after them, or the refusal's status and detail. */
    private static String verdict(byte[] bytes, int... cuts) {
        RequestFraming framing = new RequestFraming(MAX_HEAD, 20);
        int from = 0;
        try {
            for (int cut : cuts) {
                framing.read(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, Arrays.copyOfRange(bytes, from, cut)));
                from = cut;
            }
            framing.read(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, Arrays.copyOfRange(bytes, from, bytes.length)));
            return framing.phase() + " after " + framing.requests();
        } catch (RequestFraming.Refusal refusal) {
            return refusal.problem().status() + " " + refusal.problem().detail();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GET / HTTP/1.1\r\nHost: h\r\n\r\n",
        "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhelloGET /b HTTP/1.1\r\nHost: h\r\n\r\n",
        "POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhel\r\na\r\n0123456789\r\n0\r\nX-T: v\r\n\r\n",
        "POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n",
        "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n",
        "GET / HTTP/1.0\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\nX: a\rb\r\n\r\n",
        "POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nab",
        "GARBAGE\r\n\r\n"})
    void theVerdictDoesNotDependOnHowTheBytesAreSplit(String request) {
        byte[] bytes = request.getBytes(StandardCharsets.ISO_8859_1);
        String whole = verdict(bytes);
        for (int cut = 1; cut < bytes.length; cut++) {
            assertEquals(whole, verdict(bytes, cut), "cut at " + cut);
        }
        int[] everyByte = new int[bytes.length - 1];
        Arrays.setAll(everyByte, i -> i + 1);
        assertEquals(whole, verdict(bytes, everyByte));
    }

    @Test
    void requestsAreCountedAndTheConnectionIsIdleBetweenThem() {
        assertEquals("IDLE after 2", verdict(("POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
                + "GET /b HTTP/1.1\r\nHost: h\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("BODY after 1", verdict("POST /a HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n\r\nab"
                .getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void anAcceptedUpgradeLeavesTheRestOfTheConnectionAlone() throws Exception {
        RequestFraming framing = new RequestFraming(MAX_HEAD, 20);
        framing.read(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, "GET /ws HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\n\r\n"));
        assertEquals(RequestFraming.Phase.UPGRADING, framing.phase());
        framing.upgradeAnswered(true);
        framing.read(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, new byte[] {(byte) 0x81, (byte) 0x85, 0, 0, 0, 0, 0}));
        assertEquals(RequestFraming.Phase.UPGRADED, framing.phase());
    }

    @Test
    void aRefusedUpgradeLeavesTheConnectionHttp() throws Exception {
        RequestFraming framing = new RequestFraming(MAX_HEAD, 20);
        framing.read(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, "GET /ws HTTP/1.1\r\nHost: h\r\nUpgrade: websocket\r\n\r\n"));
        framing.upgradeAnswered(false);
        assertEquals(RequestFraming.Phase.IDLE, framing.phase());
        assertThrows(RequestFraming.Refusal.class, () ->
                framing.read(Buffers.wrap(MemoryManager.DEFAULT_MEMORY_MANAGER, new byte[] {(byte) 0x81, (byte) 0x85})));
    }

    @Test
    void headsOverTheLimitAreRefusedAsTheyArrive() {
        String verdict = verdict(("GET / HTTP/1.1\r\nHost: h\r\nX: " + "a".repeat(MAX_HEAD)).getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("431", verdict.substring(0, 3), verdict);
        verdict = verdict(("GET /" + "a".repeat(MAX_HEAD)).getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("414", verdict.substring(0, 3), verdict);
    }

    @Test
    void trailersOverTheLimitAreRefused() {
        String verdict = verdict(("POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX: " + "a".repeat(MAX_HEAD))
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("431", verdict.substring(0, 3), verdict);
    }

    @Test
    void aHugeChunkSizeIsRefused() {
        String verdict = verdict("POST /a HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffff\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("400 A chunk size is too large", verdict);
    }
}
