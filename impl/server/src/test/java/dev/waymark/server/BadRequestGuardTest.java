package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Random;

import org.junit.jupiter.api.Test;

class BadRequestGuardTest {

    private static boolean parses(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Test
    void everyTargetTakenWithoutParsingParses() {
        // Every printable ASCII character, a few that are not, and the characters that matter most.
        StringBuilder alphabet = new StringBuilder();
        for (char c = 0x20; c < 0x7f; c++) {
            alphabet.append(c);
        }
        alphabet.append("\t\u007f\u00e9\u0100%%%///??").append("0aF");
        Random random = new Random(42);
        int plain = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder path = new StringBuilder(random.nextInt(4) == 0 ? "" : "/");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                path.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String query = null;
            if (random.nextBoolean()) {
                StringBuilder text = new StringBuilder();
                int queryLength = random.nextInt(8);
                for (int j = 0; j < queryLength; j++) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                query = text.toString();
            }
            if (BadRequestGuard.plainTarget(path.toString(), query)) {
                plain++;
                String target = query == null ? path.toString() : path + "?" + query;
                if (!parses(target)) {
                    fail("taken without parsing, but not a valid URI: " + target);
                }
            }
        }
        assertTrue(plain > 1000, "too few plain targets generated: " + plain);
    }

    @Test
    void ordinaryTargetsAreTakenWithoutParsing() {
        assertTrue(BadRequestGuard.plainTarget("/", null));
        assertTrue(BadRequestGuard.plainTarget("/edge/items/42", null));
        assertTrue(BadRequestGuard.plainTarget("/a%20b/c;v=1/d:e@f", "x=1&y=%C3%A9&z=a/b?c"));
        assertTrue(BadRequestGuard.plainTarget("/a", ""));
        assertFalse(BadRequestGuard.plainTarget("//a", null));
        assertFalse(BadRequestGuard.plainTarget("*", null));
        assertFalse(BadRequestGuard.plainTarget("/a%zz", null));
        assertFalse(BadRequestGuard.plainTarget("/a%2", null));
        assertFalse(BadRequestGuard.plainTarget("/a", "b=%"));
        assertFalse(BadRequestGuard.plainTarget("/a|b", null));
        assertFalse(BadRequestGuard.plainTarget("/a?b", null));
        assertFalse(BadRequestGuard.plainTarget("/\u00e9", null));
    }
}
