package dev.waymark.impl.http;

import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import dev.waymark.impl.log.AccessRecord;

/**
 * What the container received, independent of how it delivers it.
 *
 * @param applicationPath the raw path of the application's root, without a trailing slash: empty
 *        for an application at {@code /}, such as {@code /shop} for a web archive at {@code /shop}
 * @param method the request method
 * @param rawPath the raw path relative to the application root, starting with {@code /}
 * @param rawQuery the raw query string, or null
 * @param headers the request headers; look-ups ignore case
 * @param entity the body stream, or null if the request's framing says it has no body
 * @param access the access log record of the request
 * @param security the container's security context of the request, or null where there is none
 */
public record Exchange(String applicationPath, String method, String rawPath, String rawQuery, MultivaluedMap<String, String> headers,
        ReceivedBody entity, AccessRecord access, jakarta.ws.rs.core.SecurityContext security) {

    /**
     * The request's cookies, read from its headers each time this is called.
     *
     * @return name to value, as {@link RequestCookies} reads them
     */
    public Map<String, String> cookies() {
        return RequestCookies.of(headers);
    }
}
