package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.waymark.FormPart;

class MultipartBodyTest {

    private static List<FormPart> read(String body) {
        return MultipartBody.read(new MediaType("multipart", "form-data", Map.of("boundary", "b")),
                new ByteArrayInputStream(body.getBytes(StandardCharsets.ISO_8859_1)));
    }

    private static String part(String headers, String content) {
        return "--b\r\nContent-Disposition: form-data; name=\"f\"\r\n" + headers + "\r\n" + content + "\r\n";
    }

    @Test
    void aPartsFileNameHasNoControlCharacters() {
        List<FormPart> parts = read("--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"re\u0000port\u0007.pdf\u007F\"\r\n\r\nx\r\n--b--\r\n");
        assertEquals(Optional.of("report.pdf"), parts.get(0).fileName());
        assertEquals("FormPart[f, file report.pdf, text/plain, 1 bytes]", parts.get(0).toString());
    }

    @Test
    void aKnownContentTransferEncodingIsDecoded() {
        assertEquals("hello", read(part("Content-Transfer-Encoding: base64\r\n", "aGVsbG8=") + "--b--\r\n").get(0).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Transfer-Encoding: rot13\r\n", "Content-Transfer-Encoding\r\n"})
    void anUnknownContentTransferEncodingIsABadRequest(String header) {
        assertBadRequest(part(header, "x") + "--b--\r\n");
    }

    @Test
    void twoPartsWithOneContentIdAreABadRequest() {
        assertBadRequest(part("Content-ID: <a>\r\n", "x") + part("Content-ID: <a>\r\n", "y") + "--b--\r\n");
        assertBadRequest(part("Content-ID: 1\r\n", "x") + part("", "y") + "--b--\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-ID: <%zz>\r\n", "Content-ID: a%\r\n"})
    void aContentIdThatIsNotUrlEncodedIsABadRequest(String header) {
        assertBadRequest(part(header, "x") + "--b--\r\n");
    }

    private static void assertBadRequest(String body) {
        assertEquals(400, assertThrows(ProblemException.class, () -> read(body)).problem().status());
    }
}
