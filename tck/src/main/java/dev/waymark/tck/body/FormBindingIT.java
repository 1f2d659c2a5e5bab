package dev.waymark.tck.body;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.body.app.FormsApi;

/** Bodies read by content type: forms, multipart, text, bytes, JSON-P (BODY-2-3 to BODY-2-6). */
@Area.Body
class FormBindingIT {

    private static final String BOUNDARY = "----waymark-tck-7d1f";
    private static final String FORM = "application/x-www-form-urlencoded";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war("form-binding", FormsApi.class);
    }

    /** Url-encoded fields bind to @FormParam parameters, converted, repeated fields to a list. */
    @Assertion("BODY-2-3")
    void urlEncodedFieldsBindToFormParams() {
        HttpResponse<String> response = Http.at(base).send("POST", "/forms/signup",
                "name=Ada+Lovelace&age=36&tags=math&tags=poetry%26more", "Content-Type", FORM);
        JsonObject json = Problems.json(response);
        assertEquals(200, response.statusCode());
        assertEquals("Ada Lovelace", json.getString("name"));
        assertEquals(36, json.getInt("age"));
        assertEquals("[\"math\",\"poetry&more\"]", json.getJsonArray("tags").toString());
    }

    /** A field that does not convert is a 400 invalid-parameter problem naming it. */
    @Assertion("BODY-2-3")
    void unconvertibleFieldIsInvalidParameter() {
        JsonObject problem = Problems.assertProblem(Http.at(base).send("POST", "/forms/signup", "name=a&age=old", "Content-Type", FORM),
                400, "invalid-parameter");
        assertContains(problem.getString("detail"), "age");
    }

    /** ApiRequest.form() gives every field in order; multipart text fields count too. */
    @Assertion("BODY-2-3")
    void requestFormListsFields() {
        Http http = Http.at(base);
        assertEquals("{\"b\":[\"2\"],\"a\":[\"1\",\"3\"]}", http.send("POST", "/forms/fields", "b=2&a=1&a=3", "Content-Type", FORM).body());
        byte[] multipart = new Multipart().field("b", "2").file("f", "x.txt", "text/plain", "ignored".getBytes(StandardCharsets.UTF_8))
                .field("a", "1").bytes();
        assertEquals("{\"b\":[\"2\"],\"a\":[\"1\"]}", http.send(multipartRequest(http, "/forms/fields", multipart)).body());
    }

    /** A multipart file part arrives byte for byte, with its file name and content type. */
    @Assertion("BODY-2-4")
    void multipartFileArrivesExactly() throws Exception {
        byte[] file = new byte[70_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i * 31);
        }
        byte[] tricky = ("\r\n--" + BOUNDARY.substring(0, 10) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tricky, 0, file, 1000, tricky.length);
        Http http = Http.at(base);
        byte[] body = new Multipart().field("title", "Grüße").file("file", "C:\\photos\\cat.bin", "application/octet-stream", file).bytes();
        HttpResponse<String> response = http.send(multipartRequest(http, "/forms/upload", body));
        JsonObject json = Problems.json(response);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("Grüße", json.getString("title"));
        assertEquals("cat.bin", json.getString("fileName"));
        assertEquals("application/octet-stream", json.getString("contentType"));
        assertEquals(file.length, json.getInt("size"));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)), json.getString("sha256"));
    }

    /** ApiRequest.parts() lists fields and files in body order. */
    @Assertion("BODY-2-4")
    void requestPartsListsAllParts() {
        Http http = Http.at(base);
        byte[] body = new Multipart().field("note", "hi").file("doc", "a.txt", "text/plain; charset=UTF-8", "ü".getBytes(StandardCharsets.UTF_8))
                .bytes();
        JsonArray parts;
        try (JsonReader reader = Json.createReader(new StringReader(http.send(multipartRequest(http, "/forms/parts", body)).body()))) {
            parts = reader.readArray();
        }
        assertEquals(2, parts.size());
        assertEquals("note", parts.getJsonObject(0).getString("name"));
        assertEquals("", parts.getJsonObject(0).getString("file"));
        assertEquals("a.txt", parts.getJsonObject(1).getString("file"));
        assertEquals("ü", parts.getJsonObject(1).getString("text"));
    }

    /** A malformed multipart body is a 400 invalid-body problem. */
    @Assertion("BODY-2-4")
    void malformedMultipartIsInvalidBody() {
        Http http = Http.at(base);
        Problems.assertProblem(http.send("POST", "/forms/parts", "no boundary here", "Content-Type", "multipart/form-data"),
                400, "invalid-body");
        String noDisposition = "--" + BOUNDARY + "\r\nContent-Type: text/plain\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n";
        Problems.assertProblem(http.send("POST", "/forms/parts", noDisposition, "Content-Type", "multipart/form-data; boundary=" + BOUNDARY),
                400, "invalid-body");
    }

    /** Form fields and parts asked of another content type answer a 415 problem. */
    @Assertion("BODY-2-5")
    void formOfAnotherContentTypeIs415() {
        Http http = Http.at(base);
        Problems.assertProblem(http.send("POST", "/forms/signup", "{\"name\":\"a\"}", "Content-Type", "application/json"),
                415, "unsupported-media-type");
        Problems.assertProblem(http.send("POST", "/forms/parts", "a=1", "Content-Type", FORM), 415, "unsupported-media-type");
    }

    /** Text is decoded with the Content-Type charset; bytes arrive as sent; JSON-P values bind. */
    @Assertion("BODY-2-6")
    void textBytesAndJsonValuesBind() throws Exception {
        Http http = Http.at(base);
        HttpRequest latin1 = http.request("/forms/text").header("Content-Type", "text/plain; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofByteArray("straße".getBytes(StandardCharsets.ISO_8859_1))).build();
        assertEquals("STRASSE", http.send(latin1).body());
        byte[] bytes = {0, (byte) 0xff, 13, 10, 0x7f};
        HttpRequest binary = http.request("/forms/bytes").header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), http.send(binary).body());
        assertEquals("milk", http.send("POST", "/forms/json-p", "{\"title\":\"milk\"}", "Content-Type", "application/json").body());
        Problems.assertProblem(http.send("POST", "/forms/json-p", "[1]", "Content-Type", "application/json"), 400, "invalid-body");
    }

    private static HttpRequest multipartRequest(Http http, String path, byte[] body) {
        return http.request(path).header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static void assertContains(String text, String part) {
        if (!text.contains(part)) {
            throw new AssertionError("'" + text + "' does not mention '" + part + "'");
        }
    }

    /** Builds a multipart/form-data body. */
    private static final class Multipart {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            return part("Content-Disposition: form-data; name=\"" + name + "\"\r\n", value.getBytes(StandardCharsets.UTF_8));
        }

        Multipart file(String name, String fileName, String contentType, byte[] content) {
            return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName.replace("\\", "\\\\") + "\"\r\n"
                    + "Content-Type: " + contentType + "\r\n", content);
        }

        private Multipart part(String headers, byte[] content) {
            out.writeBytes(("--" + BOUNDARY + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            return this;
        }

        byte[] bytes() {
            out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }
    }
}
