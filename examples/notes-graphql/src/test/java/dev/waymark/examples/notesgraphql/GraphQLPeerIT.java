package dev.waymark.examples.notesgraphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.waymark.server.Waymark;

/**
 * Suites written by no one here against the example, in {@code src/test/node}: the graphql-http
 * package's server audits of both GraphQL routes, and a {@code graphql-ws} client receiving a
 * subscription event. Runs in the {@code peers} profile, which is on
 * where npm is installed.
 */
class GraphQLPeerIT {

    private static Waymark server;

    @BeforeAll
    static void start() {
        server = Waymark.builder().host("127.0.0.1").port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String run(String script, String path) throws Exception {
        ProcessBuilder node = new ProcessBuilder("node", script).directory(Path.of("src", "test", "node").toFile()).redirectErrorStream(true);
        node.environment().put("URL", server.uri() + path);
        Process process = node.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        System.out.println(output);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void everyMustAuditPassesOnTheCodeFirstRoute() throws Exception {
        assertTrue(run("audit.mjs", "api/graphql").contains(", 0 MUST not met"));
    }

    @Test
    void aGraphQLWsClientReceivesASubscriptionEvent() throws Exception {
        assertTrue(run("subscribe.mjs", "api/graphql").contains("\"text\":\"from graphql-ws\""));
    }

    @Test
    void everyMustAuditPassesOnTheSchemaFirstRoute() throws Exception {
        assertTrue(run("audit.mjs", "schema/graphql").contains(", 0 MUST not met"));
    }
}
