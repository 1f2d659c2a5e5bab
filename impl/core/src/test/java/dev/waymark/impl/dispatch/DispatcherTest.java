package dev.waymark.impl.dispatch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.junit.jupiter.api.Test;

import dev.waymark.RouteOptions;
import dev.waymark.RouteTable;
import dev.waymark.impl.config.WaymarkConfig;
import dev.waymark.impl.deploy.Deployment;
import dev.waymark.impl.handler.RouteSettings;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.impl.http.ReceivedBody;
import dev.waymark.impl.log.AccessLogOutput;
import dev.waymark.impl.log.AccessLogWriter;

class DispatcherTest {

    private final RouteTable table = RouteTable.create("test", "/")
            .add("GET /items/{id}", (request, response) -> Map.of("id", request.pathParam("id")))
            .add("POST /items", (request, response) -> request.bodyAsString())
            .add("GET /later", (request, response) -> CompletableFuture.supplyAsync(() -> "done"))
            .add("GET /forgot", (request, response) -> null)
            .add("GET /answered", (request, response) -> {
                response.status(204);
                return null;
            })
            .add("GET /missing", (request, response) -> {
                throw new NotFoundException("No note secret-7");
            })
            .add("GET /busy", (request, response) -> {
                throw new ServiceUnavailableException("overloaded near secret-8", 120L);
            })
            .add("GET /chosen", (request, response) -> {
                throw new NotFoundException(Response.status(404).type("application/problem+json")
                        .entity("{\"detail\":\"No note 9\"}".getBytes(StandardCharsets.UTF_8)).build());
            })
            .add("GET /big-stream", RouteOptions.defaults().responseLimit("10b"),
                    (request, response) -> new ByteArrayInputStream(new byte[64]))
            .add("GET /published", (request, response) -> (Flow.Publisher<String>) subscriber -> {
                SubmissionPublisher<String> publisher = new SubmissionPublisher<>();
                publisher.subscribe(subscriber);
                CompletableFuture.runAsync(() -> {
                    for (int i = 0; i < 3; i++) {
                        publisher.submit("chunk" + i + ";");
                    }
                    publisher.close();
                });
            });
    private static final WaymarkConfig CONFIG = new WaymarkConfig(100, Optional.empty(),
            JsonLimits.DEFAULTS);

    private final Dispatcher dispatcher = new Dispatcher(Deployment.of(List.of(), List.of(table), RouteSettings.DEFAULTS), CONFIG,
            HandlerScope.NONE, quietLog(), ApplicationContext.withClassLoader(DispatcherTest.class.getClassLoader()));

    private static AccessLogWriter quietLog() {
        AccessLogWriter writer = AccessLogWriter.from();
        writer.defaultOutput(AccessLogOutput.NONE);
        return writer;
    }

    private static Exchange exchange(String method, String path, String body, String... headers) {
        MultivaluedMap<String, String> map = new MultivaluedHashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            map.add(headers[i], headers[i + 1]);
        }
        ReceivedBody entity = body == null ? null : new ReceivedBody(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        int query = path.indexOf('?');
        return new Exchange("", method, query < 0 ? path : path.substring(0, query), query < 0 ? null : path.substring(query + 1),
                map, entity, new dev.waymark.impl.log.AccessRecord(null, "127.0.0.1", method, path, "HTTP/1.1", null, null), null);
    }

    private Response sync(Exchange exchange) {
        if (dispatcher.dispatch(exchange) instanceof Answer.Now now) {
            return now.response();
        }
        throw new AssertionError("answered later: " + exchange.rawPath());
    }

    private CompletionStage<Response> later(Exchange exchange) {
        if (dispatcher.dispatch(exchange) instanceof Answer.Later later) {
            return later.response();
        }
        throw new AssertionError("answered now: " + exchange.rawPath());
    }

    @Test
    void headKeepsHeadersAndLengthWithoutBody() {
        Response get = sync(exchange("GET", "/items/7", null));
        Response head = sync(exchange("HEAD", "/items/7", null));
        assertEquals(200, head.getStatus());
        assertNull(head.getEntity());
        assertEquals(String.valueOf(((byte[]) get.getEntity()).length), head.getHeaderString("Content-Length"));
        assertEquals(get.getMediaType(), head.getMediaType());
    }

    @Test
    void methodNotAllowedListsAllowedMethods() {
        Response response = sync(exchange("DELETE", "/items/7", null));
        assertEquals(405, response.getStatus());
        assertEquals("GET, HEAD, OPTIONS", response.getHeaderString("Allow"));
        assertEquals("application/problem+json", response.getMediaType().toString());
    }

    @Test
    void overlongAndInvalidPathsAreProblems() {
        assertEquals(414, sync(exchange("GET", "/" + "a".repeat(101), null)).getStatus());
        assertEquals(400, sync(exchange("GET", "/items/%2e%2E", null)).getStatus());
        assertEquals(400, sync(exchange("GET", "/items/7?a=%zz", null)).getStatus());
        assertEquals(400, sync(exchange("GET", "/items/7?a=%4", null)).getStatus());
        assertEquals(200, sync(exchange("GET", "/items/7?a=%41&b=%e2%82%ac", null)).getStatus());
    }

    @Test
    void aHandlerStatusIsAProblemWithTheStandardTitleAndNoneOfTheExceptionsMessage() {
        Response missing = sync(exchange("GET", "/missing", null));
        assertEquals(404, missing.getStatus());
        assertEquals("application/problem+json", missing.getMediaType().toString());
        String body = new String((byte[]) missing.getEntity(), StandardCharsets.UTF_8);
        assertEquals("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                + "\"detail\":\"The route's handler ended the request with this status\",\"instance\":\"/missing\"}", body);
        assertEquals(String.valueOf(body.length()), missing.getHeaderString("Content-Length"));

        Response busy = sync(exchange("GET", "/busy", null));
        assertEquals(503, busy.getStatus());
        assertEquals("120", busy.getHeaderString("Retry-After"));
        String busyBody = new String((byte[]) busy.getEntity(), StandardCharsets.UTF_8);
        assertTrue(busyBody.contains("\"title\":\"Service Unavailable\"") && !busyBody.contains("secret"), busyBody);
    }

    @Test
    void aHandlerChoosesItsDetailWithABody() {
        Response chosen = sync(exchange("GET", "/chosen", null));
        assertEquals(404, chosen.getStatus());
        assertEquals("{\"detail\":\"No note 9\"}", new String((byte[]) chosen.getEntity(), StandardCharsets.UTF_8));
    }

    @Test
    void aBodyTheClientStopsSendingIsA400WithoutBodyAndOneLineOfLog() {
        InputStream cutShort = new java.io.SequenceInputStream(new ByteArrayInputStream("{\"par".getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws java.io.IOException {
                        throw new java.io.EOFException();
                    }
                });
        Exchange exchange = exchange("POST", "/items", null, "Content-Length", "100");
        Exchange upload = new Exchange("", "POST", "/items", null, exchange.headers(), new ReceivedBody(cutShort), exchange.access(), null);
        List<LogRecord> records = recording(() -> {
            Response response = sync(upload);
            assertEquals(400, response.getStatus());
            assertNull(response.getEntity());
        }, Level.INFO);
        assertEquals(1, records.size(), records::toString);
        assertEquals(Level.INFO, records.get(0).getLevel());
        assertNull(records.get(0).getThrown());
        assertTrue(records.get(0).getMessage().contains("ended early"), records.get(0).getMessage());
    }

    @Test
    void declaredBodyOverTheLimitIsRefusedBeforeReading() {
        Response response = sync(exchange("POST", "/items", "x", "Content-Length", String.valueOf(2L * 1024 * 1024)));
        assertEquals(413, response.getStatus());
    }

    @Test
    void streamedBodyIsCutOffAtTheLimit() {
        String large = "x".repeat(1024 * 1024 + 1);
        Response response = sync(exchange("POST", "/items", large, "Transfer-Encoding", "chunked"));
        assertEquals(413, response.getStatus());
        Response small = sync(exchange("POST", "/items", "small", "Content-Length", "5"));
        assertArrayEquals("small".getBytes(StandardCharsets.UTF_8), (byte[]) small.getEntity());
    }

    @Test
    void asynchronousHandlersCompleteLater() throws Exception {
        Response response = later(exchange("GET", "/later", null)).toCompletableFuture().get();
        assertEquals(200, response.getStatus());
    }

    @Test
    void publishedChunksAreWrittenInOrder() throws Exception {
        for (int round = 0; round < 50; round++) {
            Response response = later(exchange("GET", "/published", null)).toCompletableFuture().get(5, TimeUnit.SECONDS);
            assertEquals(200, response.getStatus());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((StreamingOutput) response.getEntity()).write(out);
            assertEquals("chunk0;chunk1;chunk2;", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void handlerThatSendsNothingIsReportedOncePerRoute() {
        List<LogRecord> records = recording(() -> {
            for (int i = 0; i < 3; i++) {
                assertEquals(204, sync(exchange("GET", "/forgot", null)).getStatus());
                assertEquals(204, sync(exchange("GET", "/answered", null)).getStatus());
            }
        });
        assertEquals(1, records.stream().filter(r -> r.getMessage().startsWith("API resolved without sending a response")).count());
    }

    @Test
    void streamedResponseOverTheLimitIsReportedOnceWhenItGrowsOverIt() throws Exception {
        Response response = sync(exchange("GET", "/big-stream", null));
        List<LogRecord> records = recording(() -> {
            try (InputStream body = (InputStream) response.getEntity()) {
                assertEquals(64, body.readAllBytes().length);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(1, records.size());
        assertTrue(records.get(0).getMessage().contains("over the response limit"), records.get(0).getMessage());
    }

    private static List<LogRecord> recording(Runnable action) {
        return recording(action, Level.WARNING);
    }

    private static List<LogRecord> recording(Runnable action, Level least) {
        Logger logger = Logger.getLogger("dev.waymark");
        List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= least.intValue()) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return records;
    }
}
