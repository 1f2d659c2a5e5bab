package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

class ContentDispositionFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyDispositionGivesANameAndABareFileNameOrABadRequest(byte[] input) {
        String value = new String(input, StandardCharsets.UTF_8);
        ContentDisposition disposition;
        try {
            disposition = ContentDisposition.parse(value);
        } catch (ProblemException e) {
            assertEquals(400, e.problem().status());
            assertFalse(e.getMessage().isBlank());
            return;
        }
        assertNotNull(disposition.name());
        disposition.fileName().ifPresent(name -> {
            assertTrue(name.indexOf('/') < 0 && name.indexOf('\\') < 0, name);
            assertTrue(name.chars().noneMatch(Character::isISOControl), name);
        });
    }
}
