package dev.waymark.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a server's CPU goes, from a JFR recording of it under load ({@code profile.sh}): every
 * execution sample is charged to one part of the request path, the first of {@link #STAGES} found
 * on its stack from the innermost frame out, so that JDK code is charged to the stage that called
 * it; the access log writer's thread is charged as a whole. With the server's CPU time per request, the shares give microseconds per request.
 *
 * <pre>
 * java -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.ProfileBreakdown recording.jfr [cpuMicrosPerRequest]
 * </pre>
 */
public final class ProfileBreakdown {

    /** The thread that writes access log lines, whose samples are all charged to {@link #WRITER_STAGE}. */
    private static final String WRITER_THREAD = "waymark-access-log";

    private static final String WRITER_STAGE = "access log lines, formatted and written (own thread)";

    /** The stages of a request, each the frame prefixes that mark it, in the order they are looked for. */
    private static final Map<String, List<String>> STAGES = stages();

    private ProfileBreakdown() {
    }

    private static Map<String, List<String>> stages() {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        stages.put("the handler (benchmark code)", List.of("dev.waymark.benchmarks."));
        stages.put(WRITER_STAGE, List.of());
        stages.put("access log record and queue", List.of("dev.waymark.impl.log."));
        stages.put("JSON-B writing the answer", List.of("dev.waymark.impl.http.JsonCodec.", "org.eclipse.yasson."));
        stages.put("JAX-RS Response building and reading", List.of("org.glassfish.jersey.message.", "org.glassfish.jersey.internal.",
                "jakarta.ws.rs.core."));
        stages.put("Jersey request pipeline", List.of("org.glassfish.jersey."));
        stages.put("CDI request context (Weld)", List.of("org.jboss.weld."));
        stages.put("routing and target checks", List.of("dev.waymark.impl.route.", "dev.waymark.impl.dispatch.TargetCheck",
                "dev.waymark.impl.dispatch.Dispatcher.route", "dev.waymark.impl.dispatch.Routing"));
        stages.put("Waymark answer writing", List.of("dev.waymark.server.AnswerWriter", "dev.waymark.impl.http.ResponseWriter",
                "dev.waymark.impl.http.CountingOutputStream"));
        stages.put("Waymark request reading and dispatch", List.of("dev.waymark."));
        stages.put("Grizzly HTTP (parsing, response, handler chain)", List.of("org.glassfish.grizzly.http."));
        stages.put("Grizzly NIO and threads", List.of("org.glassfish.grizzly."));
        stages.put("Tyrus", List.of("org.glassfish.tyrus."));
        return stages;
    }

    /**
     * Prints the breakdown.
     *
     * @param args the recording, and optionally the server's CPU time per request in microseconds
     * @throws IOException if the recording cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: ProfileBreakdown recording.jfr [cpuMicrosPerRequest]");
            System.exit(2);
        }
        double micros = args.length > 1 ? Double.parseDouble(args[1]) : Double.NaN;
        Map<String, Integer> charged = new LinkedHashMap<>();
        STAGES.keySet().forEach(stage -> charged.put(stage, 0));
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null) {
                continue;
            }
            samples++;
            String stage = WRITER_THREAD.equals(event.getThread("sampledThread").getJavaName()) ? WRITER_STAGE : stageOf(stack.getFrames());
            if (stage != null) {
                charged.merge(stage, 1, Integer::sum);
            }
        }
        int placed = charged.values().stream().mapToInt(Integer::intValue).sum();
        charged.put("other threads (JIT, GC, JDK)", samples - placed);
        System.out.printf("%d execution samples%n", samples);
        System.out.printf("| stage | share of samples |%s%n", Double.isNaN(micros) ? "" : " µs per request |");
        System.out.printf("|---|---|%s%n", Double.isNaN(micros) ? "" : "---|");
        for (Map.Entry<String, Integer> stage : charged.entrySet()) {
            double share = samples == 0 ? 0 : stage.getValue() * 100.0 / samples;
            System.out.printf("| %s | %.1f %% |%s%n", stage.getKey(), share,
                    Double.isNaN(micros) ? "" : String.format(" %.1f |", share * micros / 100));
        }
    }

    private static String stageOf(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            for (Map.Entry<String, List<String>> stage : STAGES.entrySet()) {
                for (String prefix : stage.getValue()) {
                    if (name.startsWith(prefix)) {
                        return stage.getKey();
                    }
                }
            }
        }
        return null;
    }
}
