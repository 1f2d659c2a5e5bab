package dev.waymark.tck.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.UUID;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.waymark.tck.AccessLogFile;
import dev.waymark.tck.Area;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.ParameterizedAssertion;
import dev.waymark.tck.body.app.LimitsApi;

/**
 * Bodies that end before their framing says they do (BODY-1-5). The deployment writes its access
 * log to a file the test reads: a client that gave up may never read the answer.
 */
@Area.Body
class BodyFramingIT {

    private static final AccessLogFile LOG = AccessLogFile.create();

    @ArquillianResource
    private URL base;

    /**
     * A route, a framing, and the part of the body sent before the client's output ends: short
     * bodies a route binds whole, and a long one a handler reads as a stream.
     */
    static Stream<Arguments> earlyEnds() {
        return Stream.of(
                Arguments.of("/limits/route-limit", "Content-Length: 100", "only sixteen b.."),
                Arguments.of("/limits/route-limit", "Transfer-Encoding: chunked", "10\r\nonly eight"),
                Arguments.of("/limits/route-limit", "Transfer-Encoding: chunked", "5\r\nhello\r\n"),
                Arguments.of("/limits/unlimited", "Content-Length: 10000000", "x".repeat(70_000)));
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LOG.writtenBy(Deployments.war("body-framing", LimitsApi.class), "waymark.request-id.header=X-Correlation-Id\n");
    }

    /**
     * The client half-closes the connection in the middle of the body: the answer, if the client
     * gets one, is a 400 without a body, and the access log line has that status. The server
     * keeps serving.
     */
    @ParameterizedAssertion("BODY-1-5")
    @MethodSource("earlyEnds")
    void aBodyThatEndsEarlyIsA400(String route, String framing, String partialBody) {
        String id = "truncated-" + UUID.randomUUID();
        Http http = Http.at(base);
        Http.RawResponse answer = http.truncated(route,
                "Content-Type: text/plain\r\nX-Correlation-Id: " + id + "\r\n" + framing + "\r\n", partialBody);
        if (answer.status() != -1) {
            assertEquals(400, answer.status(), answer::body);
            assertEquals("", answer.body());
        }
        String line = LOG.await(text -> text.contains(id), "the access log line of " + id);
        assertEquals(400, AccessLogFile.json(line).getInt("status"), line);
        assertEquals("2", http.send("POST", "/limits/route-limit", "ok", "Content-Type", "text/plain").body());
    }
}
