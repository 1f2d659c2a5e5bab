package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.waymark.ApiDeploymentException;

class DurationsFuzzTest {

    private static final long LONGEST_MILLIS = 999_999_999L * 3_600_000;

    @FuzzTest(maxDuration = "10m")
    void anyDurationParsesAndFormatsBackOrIsRefusedWithAReason(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            long millis = Durations.parseMillis(text, "the fuzz test");
            assertTrue(millis > 0 && millis <= LONGEST_MILLIS, text);
            assertEquals(millis, Durations.parseMillis(Durations.format(millis), "the fuzz test"), text);
        } catch (ApiDeploymentException e) {
            assertFalse(e.getMessage().isBlank());
        }
        if (input.length >= Integer.BYTES) {
            long millis = 1 + (ByteBuffer.wrap(input).getInt() & 0xFFFFFFFFL) % 999_999_999L;
            assertEquals(millis, Durations.parseMillis(Durations.format(millis), "the fuzz test"), () -> Durations.format(millis));
        }
    }
}
