package dev.waymark;

import jakarta.ws.rs.core.NewCookie;

/**
 * The response a handler builds, in the style of Next.js's response helpers.
 *
 * <p>Status, headers and cookies can be set until the response is sent. {@link #json(Object)},
 * {@link #send(Object)} and {@link #redirect(String)} send it; sending twice throws
 * {@link IllegalStateException}. A handler that sends through this object and also returns a body
 * has its return value written with the status and headers set here.
 *
 * <pre>
 * response.status(201).header("Cache-Control", "no-store").json(note);
 * response.redirect("/notes/" + id);                 // 307
 * response.redirect(308, "https://example.com/new"); // permanent
 * </pre>
 *
 * @since 0.1
 */
public interface ApiResponse {

    /**
     * Sets the status code.
     *
     * @param status an HTTP status code, 100 to 599
     * @return this response
     * @throws IllegalArgumentException if the code is out of range
     */
    ApiResponse status(int status);

    /**
     * The status code set so far.
     *
     * @return the status; 200 until set
     */
    int status();

    /**
     * Adds a header value.
     *
     * @param name the header name
     * @param value the value; CR and LF are refused
     * @return this response
     * @throws IllegalArgumentException if the name or value could split the header
     */
    ApiResponse header(String name, String value);

    /**
     * Adds a cookie, with its attributes ({@code Path}, {@code Max-Age}, {@code HttpOnly},
     * {@code Secure}, {@code SameSite}, ...).
     *
     * @param cookie the cookie to set
     * @return this response
     */
    ApiResponse cookie(NewCookie cookie);

    /**
     * Sends a value as JSON (JSON-B), with {@code Content-Type: application/json}.
     *
     * @param value the value to write
     */
    void json(Object value);

    /**
     * Sends a body: a {@code String} as {@code text/plain; charset=UTF-8}, a {@code byte[]} or an
     * {@code InputStream} as {@code application/octet-stream} unless a {@code Content-Type} header
     * was set, anything else as JSON.
     *
     * @param body the body to write
     */
    void send(Object body);

    /**
     * Sends a {@code 307 Temporary Redirect} to a relative or absolute URL. A target that starts
     * with a single {@code /} is a path of the application, like route keys and
     * {@link ApiRequest#path()}: it is sent under the application's root, so the same code
     * redirects correctly at {@code /} and in a web archive at {@code /shop}.
     *
     * @param location the target
     * @throws IllegalArgumentException if the target contains CR, LF or other control characters
     */
    void redirect(String location);

    /**
     * Sends a redirect with a chosen status.
     *
     * @param status one of 301, 302, 303, 307, 308
     * @param location the target
     * @throws IllegalArgumentException if the status is not a redirect status, or the target
     *         contains CR, LF or other control characters
     */
    void redirect(int status, String location);

    /**
     * Whether a body or redirect was sent.
     *
     * @return {@code true} after {@link #json}, {@link #send} or {@link #redirect}
     */
    boolean isSent();
}
