package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;

class QueryStringFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyQueryParsesExactlyWhenItsEscapesAreWellFormed(byte[] input) {
        String raw = new String(input, StandardCharsets.UTF_8);
        boolean wellFormed = wellFormedEscapes(raw);
        assertEquals(wellFormed, accepted(() -> QueryString.checkEscapes(raw)), () -> "checking '" + raw + "'");
        assertEquals(wellFormed, accepted(() -> {
            Map<String, List<String>> parameters = QueryString.parse(raw);
            parameters.forEach((name, values) -> assertFalse(values.isEmpty(), name));
        }), () -> "parsing '" + raw + "'");
    }

    private static boolean accepted(Runnable reading) {
        try {
            reading.run();
            return true;
        } catch (ProblemException e) {
            assertEquals(400, e.problem().status());
            assertFalse(e.getMessage().isBlank());
            return false;
        }
    }

    /** Whether every {@code %} starts two ASCII hexadecimal digits. */
    private static boolean wellFormedEscapes(String raw) {
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || !asciiHex(raw.charAt(i + 1)) || !asciiHex(raw.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean asciiHex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }
}
