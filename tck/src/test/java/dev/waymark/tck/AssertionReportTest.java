package dev.waymark.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class AssertionReportTest {

    @Test
    void listsEveryRequirementWithTheWorstOutcomeOfItsTests() {
        Map<String, Map<String, String>> outcomes = new TreeMap<>();
        outcomes.put("A-1-1", new TreeMap<>(Map.of("OneIT.a", "passed", "TwoIT.b", "failed")));
        outcomes.put("A-1-2", new TreeMap<>(Map.of("OneIT.a", "passed")));
        outcomes.put("B-1-1", new TreeMap<>(Map.of("ThreeIT.c", "skipped")));

        String report = AssertionReport.render(List.of("A-1-1", "A-1-2", "B-1-1", "B-1-2"), outcomes);

        assertEquals("""
                # Waymark TCK report

                4 requirements: 1 failed, 1 not run, 1 passed, 1 skipped.

                | requirement | result | tests |
                |---|---|---|
                | A-1-1 | failed | OneIT.a (passed), TwoIT.b (failed) |
                | A-1-2 | passed | OneIT.a (passed) |
                | B-1-1 | skipped | ThreeIT.c (skipped) |
                | B-1-2 | not run |  |
                """, report);
    }
}
