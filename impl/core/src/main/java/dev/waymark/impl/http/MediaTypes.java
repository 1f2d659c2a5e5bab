package dev.waymark.impl.http;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

import jakarta.ws.rs.core.MediaType;

/** Reads request content types: what kind of body it is, and its charset. */
final class MediaTypes {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String MULTIPART = "multipart/form-data";

    private MediaTypes() {
    }

    /**
     * Parses a content type.
     *
     * @param contentType the header value
     * @param what what has it, for the error message
     * @return the media type
     * @throws ProblemException with a 400 problem if it is malformed
     */
    static MediaType parse(String contentType, String what) {
        try {
            return MediaType.valueOf(contentType.strip());
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.invalidBody("The Content-Type of " + what + " is malformed: '" + contentType + "'"));
        }
    }

    /** Whether a content type is {@code application/json} or a {@code +json} type. */
    static boolean isJson(MediaType media) {
        String subtype = media.getSubtype().toLowerCase(Locale.ROOT);
        return media.getType().equalsIgnoreCase("application") && (subtype.equals("json") || subtype.endsWith("+json"));
    }

    /** Whether a content type is the given {@code type/subtype}, ignoring parameters and case. */
    static boolean is(MediaType media, String typeAndSubtype) {
        return (media.getType() + "/" + media.getSubtype()).equalsIgnoreCase(typeAndSubtype);
    }

    /**
     * The charset of a content type.
     *
     * @param contentType the header value, or null
     * @param what what has it, for the error message
     * @return its {@code charset} parameter, or UTF-8
     * @throws ProblemException with a 400 problem if the type is malformed, or 415 if the charset is unknown
     */
    static Charset charset(String contentType, String what) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        String name = parse(contentType, what).getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(Problem.unsupportedMediaType("The charset '" + name + "' of " + what + " is not supported"));
        }
    }
}
