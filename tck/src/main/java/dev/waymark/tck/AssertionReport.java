package dev.waymark.tck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.platform.commons.PreconditionViolationException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The TCK's report: each requirement of the specification with the outcome of the tests that
 * check it (passed, failed, skipped, or not run, as when its tag was excluded), written when a run
 * that ran TCK tests ends. JUnit finds this listener on the class path of any runner, so every
 * runner writes it, to {@code target/waymark-tck-report.md} of the runner, or where the system
 * property {@code waymark.tck.report} says.
 */
public final class AssertionReport implements TestExecutionListener {

    private static final String REQUIREMENTS = "/dev/waymark/tck/requirements.txt";

    private final Map<String, Map<String, String>> outcomes = new TreeMap<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        record(test, "skipped");
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        record(test, result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? "passed" : "failed");
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (outcomes.isEmpty()) {
            return;
        }
        Path report = Path.of(System.getProperty("waymark.tck.report", "target/waymark-tck-report.md"));
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, render(requirements(), outcomes), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the TCK report " + report, e);
        }
    }

    /**
     * The report as Markdown: a summary line, then a table of every requirement.
     *
     * @param requirements the specification's requirement ids, in its order
     * @param outcomes per requirement id, the outcome of each test that names it
     * @return the report
     */
    static String render(List<String> requirements, Map<String, Map<String, String>> outcomes) {
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (String id : requirements) {
            verdicts.put(id, verdict(outcomes.get(id)));
        }
        Map<String, Integer> counts = new TreeMap<>();
        verdicts.values().forEach(verdict -> counts.merge(verdict, 1, Integer::sum));
        StringBuilder text = new StringBuilder("# Waymark TCK report\n\n");
        text.append(requirements.size()).append(" requirements: ");
        List<String> parts = new ArrayList<>();
        counts.forEach((verdict, count) -> parts.add(count + " " + verdict));
        text.append(String.join(", ", parts)).append(".\n\n| requirement | result | tests |\n|---|---|---|\n");
        verdicts.forEach((id, verdict) -> {
            Map<String, String> tests = outcomes.getOrDefault(id, Map.of());
            List<String> cells = new ArrayList<>();
            tests.forEach((name, outcome) -> cells.add(name + " (" + outcome + ")"));
            text.append("| ").append(id).append(" | ").append(verdict).append(" | ").append(String.join(", ", cells)).append(" |\n");
        });
        return text.toString();
    }

    private static String verdict(Map<String, String> tests) {
        if (tests == null || tests.isEmpty()) {
            return "not run";
        }
        if (tests.containsValue("failed")) {
            return "failed";
        }
        return tests.containsValue("passed") ? "passed" : "skipped";
    }

    private void record(TestIdentifier test, String outcome) {
        Optional<Method> method = test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .flatMap(AssertionReport::method);
        if (method.isEmpty()) {
            return;
        }
        String[] ids = ids(method.get());
        String name = method.get().getDeclaringClass().getSimpleName() + "." + method.get().getName();
        synchronized (outcomes) {
            for (String id : ids) {
                outcomes.computeIfAbsent(id, key -> new TreeMap<>()).merge(name, outcome, AssertionReport::worse);
            }
        }
    }

    /** Of two outcomes of one test (the invocations of a parameterized test), the one that counts. */
    private static String worse(String first, String second) {
        return first.equals("failed") || second.equals("failed") ? "failed" : first.equals("passed") ? first : second;
    }

    private static String[] ids(Method method) {
        Assertion assertion = method.getAnnotation(Assertion.class);
        if (assertion != null) {
            return assertion.value();
        }
        ParameterizedAssertion parameterized = method.getAnnotation(ParameterizedAssertion.class);
        return parameterized != null ? parameterized.value() : new String[0];
    }

    private static Optional<Method> method(MethodSource source) {
        try {
            return Optional.of(source.getJavaMethod());
        } catch (PreconditionViolationException notAMethodOfTheClassPath) {
            return Optional.empty();
        }
    }

    private static List<String> requirements() {
        try (InputStream in = AssertionReport.class.getResourceAsStream(REQUIREMENTS)) {
            if (in == null) {
                throw new IllegalStateException("The TCK jar has no " + REQUIREMENTS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
