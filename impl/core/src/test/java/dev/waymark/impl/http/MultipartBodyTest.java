package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import dev.waymark.FormPart;

class MultipartBodyTest {

    @Test
    void aPartsFileNameHasNoControlCharacters() {
        String body = "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"re\u0000port\u0007.pdf\u007F\"\r\n\r\nx\r\n--b--\r\n";
        List<FormPart> parts = MultipartBody.read(new MediaType("multipart", "form-data", Map.of("boundary", "b")),
                new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.of("report.pdf"), parts.get(0).fileName());
        assertEquals("FormPart[f, file report.pdf, text/plain, 1 bytes]", parts.get(0).toString());
    }
}
