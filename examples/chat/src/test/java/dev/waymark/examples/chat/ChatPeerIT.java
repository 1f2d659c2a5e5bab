package dev.waymark.examples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.waymark.server.Waymark;

/**
 * Clients written by no one here chat through the example: {@code src/test/node/chat-check.mjs} on
 * the npm package {@code ws}. Runs in the {@code peers} profile, which is on where npm is installed.
 */
class ChatPeerIT {

    @Test
    void wsClientsChat() throws Exception {
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).start()) {
            ProcessBuilder check = new ProcessBuilder("node", "chat-check.mjs").directory(Path.of("src", "test", "node").toFile())
                    .redirectErrorStream(true);
            check.environment().put("URL", "ws://127.0.0.1:" + server.port() + "/chat");
            Process peers = check.start();
            String output = new String(peers.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(peers.waitFor(60, TimeUnit.SECONDS), output);
            System.out.println(output);
            assertEquals(0, peers.exitValue(), output);
            assertTrue(output.contains("bob received: hi"), output);
        }
    }
}
