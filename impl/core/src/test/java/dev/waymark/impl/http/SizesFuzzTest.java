package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.waymark.ApiDeploymentException;

class SizesFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anySizeParsesAndFormatsBackOrIsRefusedWithAReason(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            long bytes = Sizes.parse(text, "the fuzz test");
            assertTrue(bytes >= 0, text);
            assertEquals(bytes, Sizes.parse(Sizes.format(bytes), "the fuzz test"), text);
        } catch (ApiDeploymentException e) {
            assertFalse(e.getMessage().isBlank());
        }
        if (input.length >= Long.BYTES) {
            long bytes = ByteBuffer.wrap(input).getLong() & Long.MAX_VALUE;
            assertEquals(bytes, Sizes.parse(Sizes.format(bytes), "the fuzz test"), () -> Sizes.format(bytes));
        }
    }
}
