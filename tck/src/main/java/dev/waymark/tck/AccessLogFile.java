package dev.waymark.tck;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * An access log file in the test's temporary folder, which a deployment writes to
 * ({@code waymark.access-log.file}) and a test reads.
 */
public final class AccessLogFile {

    private static final long WAIT_NANOS = 5_000_000_000L;

    private final Path file;

    private AccessLogFile(Path file) {
        this.file = file;
    }

    /**
     * A new file in a new temporary folder.
     *
     * @return the file, not written yet
     */
    public static AccessLogFile create() {
        try {
            return new AccessLogFile(Files.createTempDirectory("waymark-tck-access-log").resolve("access.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The names of the files in this file's folder: the file, its rotations, and the lock file of
     * a writer that has it open ({@code access.log.lck}).
     *
     * @return the names, sorted
     */
    public List<String> folder() {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes an archive's access log go to this file, with more settings.
     *
     * @param archive the archive
     * @param moreSettings further lines of {@code META-INF/microprofile-config.properties}
     * @return the archive
     */
    public WebArchive writtenBy(WebArchive archive, String moreSettings) {
        String config = "waymark.access-log.file=" + file.toAbsolutePath().toString().replace("\\", "/") + "\n"
                + "waymark.access-log.max-files=1\n" + moreSettings;
        return archive.addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
    }

    /**
     * The lines written so far.
     *
     * @return the lines, none before the file exists
     */
    public List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first line that contains a text, if one is written yet.
     *
     * @param text the text, such as a request id
     * @return the line
     */
    public Optional<String> find(String text) {
        return lines().stream().filter(line -> line.contains(text)).findFirst();
    }

    /**
     * The first line that matches, waiting up to 5 s for it: lines are written shortly after the
     * response.
     *
     * @param wanted what the line must be like
     * @param what what is waited for, for the failure's message
     * @return the line
     */
    public String await(Predicate<String> wanted, String what) {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (System.nanoTime() < deadline) {
            Optional<String> line = lines().stream().filter(wanted).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("No access log line for " + what + " in " + file);
    }

    /**
     * The first line that contains a text, waiting up to 5 s for it.
     *
     * @param text the text, such as a request id
     * @return the line
     */
    public String await(String text) {
        return await(line -> line.contains(text), "request " + text);
    }

    /**
     * A JSON line as an object.
     *
     * @param line the line
     * @return the object
     */
    public static JsonObject json(String line) {
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            return reader.readObject();
        }
    }
}
