package dev.waymark.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The TCK against the specification: every requirement has a test, every test names requirements
 * the specification has, and every test of the TCK names its requirements with {@link Assertion}
 * or {@link ParameterizedAssertion}.
 */
class SpecCoverageTest {

    private static final Path SPEC = Path.of("..", "site", "src", "main", "asciidoc", "spec.adoc");
    private static final Pattern REQUIREMENT = Pattern.compile("^\\[\\[([A-Z]+-\\d+-\\d+)]]", Pattern.MULTILINE);

    @Test
    void everyRequirementHasATestAndEveryTestARequirement() throws Exception {
        Set<String> specified = specified();
        Map<String, List<String>> tested = tested();
        Set<String> waiting = waitingForTests();

        Set<String> unknown = new TreeSet<>(tested.keySet());
        unknown.removeAll(specified);
        assertEquals(Set.of(), unknown, () -> "tests name ids the specification does not have: " + where(unknown, tested));

        Set<String> untested = new TreeSet<>(specified);
        untested.removeAll(tested.keySet());
        untested.removeAll(waiting);
        assertEquals(Set.of(), untested, "requirements without a test");

        Set<String> nowTested = new TreeSet<>(waiting);
        nowTested.retainAll(tested.keySet());
        assertEquals(Set.of(), nowTested, "requirements-without-tests.txt lists requirements that have tests now");

        Set<String> gone = new TreeSet<>(waiting);
        gone.removeAll(specified);
        assertEquals(Set.of(), gone, "requirements-without-tests.txt lists ids the specification does not have");
    }

    @Test
    void theReportListsTheSpecificationsRequirements() throws Exception {
        List<String> listed;
        try (InputStream in = SpecCoverageTest.class.getResourceAsStream("/dev/waymark/tck/requirements.txt")) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertEquals(new ArrayList<>(specifiedInOrder()), listed,
                "src/main/resources/dev/waymark/tck/requirements.txt must list the specification's ids in its order");
    }

    @Test
    void everyTestNamesItsRequirements() throws Exception {
        List<String> unnamed = new ArrayList<>();
        for (Class<?> type : tckClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Test.class) || method.isAnnotationPresent(ParameterizedTest.class)
                        || method.isAnnotationPresent(RepeatedTest.class)) {
                    unnamed.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), unnamed, "TCK tests must be @Assertion or @ParameterizedAssertion");
    }

    @Test
    void everyTestClassCarriesTheAreaOfItsPackage() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Class<?> type : tckClasses()) {
            String area = type.getPackageName().substring(type.getPackageName().lastIndexOf('.') + 1);
            List<String> areas = new ArrayList<>();
            for (Annotation annotation : type.getAnnotations()) {
                if (annotation.annotationType().getEnclosingClass() == Area.class) {
                    areas.add(annotation.annotationType().getAnnotation(Tag.class).value());
                }
            }
            if (!areas.equals(List.of(area))) {
                wrong.add(type.getSimpleName() + " " + areas);
            }
        }
        assertEquals(List.of(), wrong, "each TCK class carries the Area annotation whose tag is its package's name");
    }

    private static Set<String> specified() throws IOException {
        return new TreeSet<>(specifiedInOrder());
    }

    private static List<String> specifiedInOrder() throws IOException {
        List<String> ids = new ArrayList<>();
        Matcher matcher = REQUIREMENT.matcher(Files.readString(SPEC, StandardCharsets.UTF_8));
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static Set<String> waitingForTests() throws IOException {
        Set<String> ids = new TreeSet<>();
        try (InputStream in = SpecCoverageTest.class.getResourceAsStream("/requirements-without-tests.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The ids the TCK's tests name, each with the tests that name it. */
    private static Map<String, List<String>> tested() throws Exception {
        Map<String, List<String>> tested = new TreeMap<>();
        for (Class<?> type : tckClasses()) {
            for (Method method : type.getDeclaredMethods()) {
                Assertion assertion = method.getAnnotation(Assertion.class);
                ParameterizedAssertion parameterized = method.getAnnotation(ParameterizedAssertion.class);
                String[] ids = assertion != null ? assertion.value() : parameterized != null ? parameterized.value() : new String[0];
                for (String id : ids) {
                    tested.computeIfAbsent(id, key -> new ArrayList<>()).add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        return tested;
    }

    private static String where(Set<String> ids, Map<String, List<String>> tested) {
        StringBuilder text = new StringBuilder();
        for (String id : ids) {
            text.append(id).append(" in ").append(tested.get(id)).append("; ");
        }
        return text.toString();
    }

    /** The TCK's test classes ({@code *IT}), read from where {@link Assertion} was loaded. */
    private static List<Class<?>> tckClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Assertion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(path -> path.toString().endsWith("IT.class"))::iterator) {
                String name = root.relativize(file).toString().replace(root.getFileSystem().getSeparator(), ".");
                classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
                        SpecCoverageTest.class.getClassLoader()));
            }
        }
        assertTrue(classes.size() > 10, "the TCK's classes were not found under " + root);
        return classes;
    }
}
