package dev.waymark.tck.body.app;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.ws.rs.FormParam;

import dev.waymark.Api;
import dev.waymark.ApiRequest;
import dev.waymark.FormPart;
import dev.waymark.Route;

/** Bodies read by content type: forms, multipart parts, text, bytes and JSON-P values. */
@Api(basePath = "/forms")
public class FormsApi {

    @Route("POST /signup")
    public Map<String, Object> signup(@FormParam("name") String name, @FormParam("age") int age, @FormParam("tags") List<String> tags) {
        return Map.of("name", name, "age", age, "tags", tags);
    }

    @Route("POST /fields")
    public Map<String, List<String>> fields(ApiRequest request) {
        return request.form();
    }

    @Route("POST /upload")
    public Map<String, Object> upload(@FormParam("title") String title, @FormParam("file") FormPart file) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("title", title);
        result.put("fileName", file.fileName().orElse(""));
        result.put("contentType", file.contentType());
        result.put("size", file.size());
        result.put("sha256", sha256(file.bytes()));
        return result;
    }

    @Route("POST /parts")
    public List<Map<String, Object>> parts(ApiRequest request) {
        return request.parts().stream()
                .map(part -> Map.<String, Object>of("name", part.name(), "file", part.fileName().orElse(""), "text", part.text()))
                .toList();
    }

    @Route("POST /text")
    public String text(String body) {
        return body.toUpperCase(java.util.Locale.ROOT);
    }

    @Route("POST /bytes")
    public String bytes(byte[] body) {
        return sha256(body);
    }

    @Route("POST /json-p")
    public String jsonP(JsonObject body) {
        return body.getString("title");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
