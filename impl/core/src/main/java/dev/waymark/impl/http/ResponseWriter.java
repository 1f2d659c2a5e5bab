package dev.waymark.impl.http;

import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/**
 * Turns what a handler returned, and what it set on its {@link DefaultApiResponse}, into the
 * container's response.
 */
public final class ResponseWriter {

    private static final System.Logger LOG = System.getLogger("dev.waymark");
    private static final String TEXT = "text/plain;charset=UTF-8";

    private ResponseWriter() {
    }

    /**
     * Builds the response.
     *
     * @param result the handler's return value (already completed if it was asynchronous)
     * @param response what the handler set
     * @param route the route, described by its {@code toString()} in the response-limit warning
     * @param responseLimit the size above which a response is reported
     * @param strict whether a response over the limit is refused instead of reported
     * @return the container's response
     * @throws ProblemException with a 500 problem for a strict limit exceeded
     */
    public static Response write(Object result, DefaultApiResponse response, Object route, long responseLimit, boolean strict) {
        if (result instanceof Response jaxrs) {
            return merge(jaxrs, response, route, responseLimit, strict);
        }
        Object body;
        boolean json;
        if (response.isSent()) {
            if (result != null) {
                throw new IllegalStateException("The handler of " + route + " sent a response and also returned a value");
            }
            body = response.body();
            json = response.isJson();
        } else {
            body = result;
            json = false;
        }
        Response.ResponseBuilder builder;
        if (body == null) {
            int status = response.isSent() || response.isStatusSet() ? response.status() : 204;
            builder = Response.status(status);
        } else {
            builder = Response.status(response.status());
            Object entity = entity(body, json, builder, response);
            if (entity instanceof byte[] bytes) {
                checkLimit(bytes, route, responseLimit, strict);
                builder.header("Content-Length", bytes.length);
            } else if (entity instanceof InputStream stream && responseLimit != Long.MAX_VALUE) {
                entity = new ReportingInputStream(stream, responseLimit, route);
            }
            builder.entity(entity);
        }
        applyHeaders(builder, response, null);
        return builder.build();
    }

    /**
     * Adds the headers and cookies a handler set.
     *
     * @param builder the response under construction
     * @param response what the handler set
     * @param contentType the content type to use unless the handler set one, or null
     */
    static void applyHeaders(Response.ResponseBuilder builder, DefaultApiResponse response, String contentType) {
        boolean typed = false;
        for (Map.Entry<String, String> header : response.headerList()) {
            builder.header(header.getKey(), header.getValue());
            typed |= header.getKey().equalsIgnoreCase("Content-Type");
        }
        if (!typed && contentType != null) {
            builder.type(contentType);
        }
        for (NewCookie cookie : response.cookieList()) {
            builder.cookie(cookie);
        }
    }

    private static Object entity(Object body, boolean json, Response.ResponseBuilder builder, DefaultApiResponse response) {
        boolean typed = false;
        for (Map.Entry<String, String> header : response.headerList()) {
            typed |= header.getKey().equalsIgnoreCase("Content-Type");
        }
        if (!json && body instanceof String text) {
            if (!typed) {
                builder.type(TEXT);
            }
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        if (!json && (body instanceof byte[] || body instanceof InputStream)) {
            if (!typed) {
                builder.type(MediaType.APPLICATION_OCTET_STREAM_TYPE);
            }
            return body;
        }
        if (!typed) {
            builder.type(MediaType.APPLICATION_JSON_TYPE);
        }
        return JsonCodec.toBytes(body);
    }

    private static void checkLimit(byte[] bytes, Object route, long responseLimit, boolean strict) {
        if (bytes.length > responseLimit) {
            if (strict) {
                throw new ProblemException(Problem.responseTooLarge(responseLimit));
            }
            LOG.log(Level.WARNING, "API response for {0} is {1} bytes, over the response limit of {2}",
                    route, bytes.length, Sizes.format(responseLimit));
        }
    }

    /**
     * A response the handler built itself, with the headers and cookies it also set on its
     * {@link DefaultApiResponse}; a {@code byte[]} entity is held to the response limit and given
     * its {@code Content-Length} (the container's output is unbuffered, so without it the response
     * would be chunked).
     */
    private static Response merge(Response result, DefaultApiResponse response, Object route, long responseLimit, boolean strict) {
        byte[] bytes = result.getEntity() instanceof byte[] entity ? entity : null;
        if (bytes != null) {
            checkLimit(bytes, route, responseLimit, strict);
        }
        boolean unsized = bytes != null && result.getHeaderString("Content-Length") == null;
        if (!unsized && response.headerList().isEmpty() && response.cookieList().isEmpty()) {
            return result;
        }
        Response.ResponseBuilder builder = Response.fromResponse(result);
        if (unsized) {
            builder.header("Content-Length", bytes.length);
        }
        for (Map.Entry<String, String> header : response.headerList()) {
            builder.header(header.getKey(), header.getValue());
        }
        for (NewCookie cookie : response.cookieList()) {
            builder.cookie(cookie);
        }
        return builder.build();
    }
}
