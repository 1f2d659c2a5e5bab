package dev.waymark.impl.http;

import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;

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
 * @param cookies reads the request cookies, name to value, when a handler first asks for them
 * @param entity the body stream, or null
 * @param access the access log record of the request
 * @param security the container's security context of the request, or null where there is none
 */
public record Exchange(String applicationPath, String method, String rawPath, String rawQuery, MultivaluedMap<String, String> headers,
        Supplier<Map<String, String>> cookies, InputStream entity, AccessRecord access,
        jakarta.ws.rs.core.SecurityContext security) {
}
