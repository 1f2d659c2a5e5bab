package dev.waymark;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One part of a {@code multipart/form-data} request body [BODY-2-4]: a form field, or a file
 * when it has a file name.
 *
 * <pre>
 * &#64;Route("POST /avatars")
 * Map&lt;String, Object&gt; upload(&#64;FormParam("user") String user, &#64;FormParam("image") FormPart image) {
 *     store.save(user, image.fileName().orElse("avatar"), image.bytes());
 *     return Map.of("size", image.size(), "type", image.contentType());
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface FormPart {

    /**
     * The field name, from the part's {@code Content-Disposition}.
     *
     * @return the name
     */
    String name();

    /**
     * The file name the client sent, if the part is a file.
     *
     * @return the file name (with any directory the client sent removed), if present
     */
    Optional<String> fileName();

    /**
     * The part's content type.
     *
     * @return its {@code Content-Type}, or {@code text/plain} when the part has none (RFC 7578)
     */
    String contentType();

    /**
     * The part's headers.
     *
     * @return header name to values; look-ups ignore case
     */
    Map<String, List<String>> headers();

    /**
     * The part's content.
     *
     * @return the bytes
     */
    byte[] bytes();

    /**
     * The part's content as text, decoded with the charset of its content type (UTF-8 by default).
     *
     * @return the text
     */
    String text();

    /**
     * The part's content as a stream.
     *
     * @return a new stream over the content
     */
    InputStream stream();

    /**
     * The size of the content.
     *
     * @return the number of bytes
     */
    long size();
}
