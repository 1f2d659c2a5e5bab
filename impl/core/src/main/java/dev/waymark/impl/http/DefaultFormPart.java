package dev.waymark.impl.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.waymark.FormPart;

/**
 * A part of a {@code multipart/form-data} body, held in memory (the route's body limit bounds it).
 *
 * @param name the field name
 * @param fileName the file name, if the part is a file
 * @param contentType the part's content type
 * @param headers the part's headers, with case-insensitive look-ups
 * @param content the part's bytes
 */
record DefaultFormPart(String name, Optional<String> fileName, String contentType, Map<String, List<String>> headers,
        byte[] content) implements FormPart {

    @Override
    public byte[] bytes() {
        return content.clone();
    }

    @Override
    public String text() {
        Charset charset = MediaTypes.charset(contentType, "the part '" + name + "'");
        return new String(content, charset);
    }

    @Override
    public InputStream stream() {
        return new ByteArrayInputStream(content);
    }

    @Override
    public long size() {
        return content.length;
    }

    @Override
    public String toString() {
        return "FormPart[" + name + fileName.map(file -> ", file " + file).orElse("") + ", " + contentType + ", "
                + content.length + " bytes]";
    }
}
