package dev.waymark.tck.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.runtime.app.StreamsApi;

/** Edge handlers stream: publishers of chunks, server-sent events, completion stages (RUNTIME-2). */
@Area.Runtime
class RuntimeStreamingIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("runtime-streaming", StreamsApi.class, StreamsApi.Tick.class);
    }

    /** The first event reaches the client while the handler is still publishing. */
    @Assertion({"RUNTIME-2-1", "RUNTIME-2-3"})
    void firstEventArrivesBeforeTheStreamEnds() throws IOException {
        Http http = Http.at(base);
        String gate = UUID.randomUUID().toString();
        HttpResponse<InputStream> response = http.stream("/streams/gated/" + gate);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"),
                response.headers().toString());
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertEquals(List.of("id: 1", "event: tick", "data: first"), event(reader));
            assertEquals(204, http.send("POST", "/streams/gates/" + gate, "").statusCode());
            assertEquals(List.of("id: 2", "retry: 3000", "data: second", "data: line"), event(reader));
            assertEquals(null, reader.readLine());
        }
    }

    /** Strings stream as text, other objects as JSON lines. */
    @Assertion("RUNTIME-2-2")
    void chunksAreWrittenByType() {
        Http http = Http.at(base);
        HttpResponse<String> text = http.get("/streams/text?n=3");
        assertEquals(200, text.statusCode());
        assertEquals("chunk0;chunk1;chunk2;", text.body());
        assertTrue(text.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        HttpResponse<String> lines = http.get("/streams/json-lines");
        assertEquals("{\"n\":0}\n{\"n\":1}\n{\"n\":2}\n", lines.body());
        assertTrue(lines.headers().firstValue("Content-Type").orElse("").startsWith("application/x-ndjson"));
    }

    /** The status and headers the handler set apply; a publisher with no chunk answers 204. */
    @Assertion("RUNTIME-2-2")
    void statusHeadersAndEmptyStreams() {
        Http http = Http.at(base);
        HttpResponse<String> created = http.get("/streams/created");
        assertEquals(201, created.statusCode());
        assertTrue(created.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), created.headers().toString());
        assertEquals("row0\nrow1\n", created.body());
        assertEquals(204, http.get("/streams/empty").statusCode());
    }

    /** A publisher that fails before its first chunk is a 500 problem that leaks nothing. */
    @Assertion("RUNTIME-2-4")
    void failureBeforeFirstChunkIsAProblem() {
        HttpResponse<String> response = Http.at(base).get("/streams/fails");
        Problems.assertProblem(response, 500, "handler-failed");
        assertTrue(!response.body().contains("secret detail"), response.body());
    }

    /** An edge handler may answer with a completion stage; a standard handler may stream too. */
    @Assertion("RUNTIME-2-1")
    void completionStagesAndStandardStreams() {
        Http http = Http.at(base);
        assertEquals("edge", Problems.json(http.get("/streams/async")).getString("runtime"));
        assertEquals("chunk0;chunk1;", http.get("/streams/standard-text?n=2").body());
    }

    private static List<String> event(BufferedReader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
            lines.add(line);
        }
        return lines;
    }
}
