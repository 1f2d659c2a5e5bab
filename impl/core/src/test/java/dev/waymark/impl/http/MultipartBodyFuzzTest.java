package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;

import com.code_intelligence.jazzer.junit.FuzzTest;

import dev.waymark.FormPart;

/** The input's first line is the boundary; the bytes after it are the body. */
class MultipartBodyFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void anyBodyGivesItsPartsOrABadRequest(byte[] input) {
        int newline = indexOf(input, (byte) '\n');
        String boundary = new String(input, 0, newline < 0 ? input.length : newline, StandardCharsets.UTF_8);
        byte[] body = newline < 0 ? new byte[0] : Arrays.copyOfRange(input, newline + 1, input.length);
        MediaType media = new MediaType("multipart", "form-data", Map.of("boundary", boundary));
        List<FormPart> parts;
        try {
            parts = MultipartBody.read(media, new ByteArrayInputStream(body));
        } catch (ProblemException e) {
            assertTrue(e.problem().status() >= 400 && e.problem().status() < 500, e::getMessage);
            assertFalse(e.getMessage().isBlank());
            return;
        }
        long content = parts.stream().mapToLong(FormPart::size).sum();
        for (FormPart part : parts) {
            assertNotNull(part.name());
            assertNotNull(part.contentType());
            part.fileName().ifPresent(name -> assertTrue(name.chars().noneMatch(Character::isISOControl), name));
            assertNotNull(part.toString());
        }
        assertTrue(content <= body.length, () -> "parts of " + content + " bytes from a body of " + body.length);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
