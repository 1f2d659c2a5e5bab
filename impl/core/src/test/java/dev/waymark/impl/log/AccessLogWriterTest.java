package dev.waymark.impl.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.config.ConfigKeys;

class AccessLogWriterTest {

    /** The loggers the tests listen to, held so that they are not collected with their handlers. */
    private static final List<Logger> CAPTURING = java.util.Collections.synchronizedList(new ArrayList<>());

    private final PrintStream console = System.out;
    private final List<String> properties = new ArrayList<>();

    @AfterEach
    void restore() {
        System.setOut(console);
        properties.forEach(System::clearProperty);
    }

    private void set(String key, String value) {
        System.setProperty(key, value);
        properties.add(key);
    }

    private static AccessLogWriter writer(AccessLogOutput defaultOutput) {
        AccessLogWriter writer = AccessLogWriter.from();
        writer.defaultOutput(defaultOutput);
        return writer;
    }

    private static AccessRecord record(int number) {
        AccessRecord record = new AccessRecord(null, "203.0.113.7", "GET", "/items/" + number, "HTTP/1.1", "agent \"q\"\n", "h");
        record.route("GET /items/{id}", "items", null);
        record.status(200);
        record.responseLength(number);
        return record;
    }

    @Test
    void everyLineReachesTheConsoleInOrderByTheTimeTheWriterIsClosed() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, false, StandardCharsets.UTF_8));
        AccessLogWriter writer = writer(AccessLogOutput.CONSOLE);
        for (int i = 0; i < 10_000; i++) {
            writer.write(record(i));
        }
        writer.writeLine("{\"eventType\":\"CONNECT\"}");
        writer.close();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(10_001, lines.size());
        JsonReaderFactory json = Json.createReaderFactory(Map.of());
        for (int i = 0; i < 10_000; i++) {
            JsonObject line = json.createReader(new StringReader(lines.get(i))).readObject();
            assertEquals("/items/" + i, line.getString("path"));
            assertEquals(i, line.getInt("responseLength"));
            assertEquals("agent \"q\"\n", line.getString("userAgent"));
        }
        assertEquals("{\"eventType\":\"CONNECT\"}", lines.get(10_000));
        assertEquals(0, writer.dropped());
    }

    @Test
    void aFullQueueDropsLinesCountsThemAndSaysSo() throws Exception {
        set("waymark.access-log.queue", "4");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                writing.countDown();
                awaitQuietly(release);
                written.write(bytes, offset, length);
            }
        }, false, StandardCharsets.UTF_8));
        List<LogRecord> warnings = capture("dev.waymark.log");
        AccessLogWriter writer = writer(AccessLogOutput.CONSOLE);
        writer.write(record(0));
        assertTrue(writing.await(10, TimeUnit.SECONDS), "the writer never wrote");
        for (int i = 1; i <= 10; i++) {
            writer.write(record(i));
        }
        assertEquals(6, writer.dropped(), "4 lines fit in the queue while the writer is stuck");
        release.countDown();
        writer.close();
        assertEquals(5, written.toString(StandardCharsets.UTF_8).lines().count());
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals(Level.WARNING, warnings.get(0).getLevel());
        assertTrue(java.text.MessageFormat.format(warnings.get(0).getMessage(), warnings.get(0).getParameters())
                .startsWith("6 access log lines dropped (6 in all)"), warnings.get(0).getMessage());
    }

    @Test
    void linesGoToTheLoggerOneRecordEachWhenAsked() {
        set(ConfigKeys.ACCESS_LOG_OUTPUT.name(), "Logger");
        List<LogRecord> records = capture("waymark.access");
        AccessLogWriter writer = writer(AccessLogOutput.CONSOLE);
        writer.write(record(1));
        writer.write(record(2));
        writer.close();
        assertEquals(2, records.size());
        assertTrue(records.get(0).getMessage().contains("\"path\":\"/items/1\""), records.get(0).getMessage());
        assertEquals(Level.INFO, records.get(1).getLevel());
    }

    @Test
    void theFileGetsEveryLineBesidesTheOutput(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("access.log");
        set("waymark.access-log.file", file.toString());
        set("waymark.access-log.max-files", "1");
        set("waymark.access-log.format", "$context.httpMethod $context.path $context.status $context.responseLength");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, false, StandardCharsets.UTF_8));
        AccessLogWriter writer = writer(AccessLogOutput.NONE);
        AccessRecord unrouted = new AccessRecord(null, null, "GET", "/nowhere", null, null, null);
        unrouted.status(404);
        writer.write(unrouted);
        writer.write(record(3));
        writer.close();
        assertEquals(List.of("GET /nowhere 404 -", "GET /items/3 200 3"), Files.readAllLines(file));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aRouteWithTheLogOffAndAWriterWithNowhereToWriteQueueNothing() {
        AccessLogWriter writer = writer(AccessLogOutput.NONE);
        AccessRecord quiet = record(1);
        quiet.route("GET /quiet", "items", AccessLogFormat.OFF);
        writer.write(quiet);
        writer.write(record(2));
        writer.close();
        assertEquals(0, writer.dropped());
    }

    @Test
    void linesAfterCloseAreCountedAsDropped() {
        System.setOut(new PrintStream(new ByteArrayOutputStream(), false, StandardCharsets.UTF_8));
        AccessLogWriter writer = writer(AccessLogOutput.CONSOLE);
        writer.close();
        writer.close();
        writer.write(record(1));
        assertEquals(1, writer.dropped());
    }

    @Test
    void invalidSettingsFailDeploymentNamingTheSetting() {
        for (Map.Entry<String, String> setting : List.of(Map.entry(ConfigKeys.ACCESS_LOG_OUTPUT.name(), "syslog"), Map.entry("waymark.access-log.queue", "0"),
                Map.entry("waymark.access-log.queue", "many"))) {
            set(setting.getKey(), setting.getValue());
            ApiDeploymentException refused = assertThrows(ApiDeploymentException.class,
                    () -> writer(AccessLogOutput.CONSOLE));
            assertTrue(refused.getMessage().contains(setting.getKey() + "=" + setting.getValue()), refused.getMessage());
            System.clearProperty(setting.getKey());
        }
    }

    private static List<LogRecord> capture(String loggerName) {
        List<LogRecord> records = java.util.Collections.synchronizedList(new ArrayList<>());
        Logger logger = Logger.getLogger(loggerName);
        CAPTURING.add(logger);
        logger.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        return records;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
