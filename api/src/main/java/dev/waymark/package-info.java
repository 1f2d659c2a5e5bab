/**
 * Waymark: API routes for Jakarta EE, declared as a table of route keys.
 *
 * <p>Application developers use {@link dev.waymark.Api}, {@link dev.waymark.Route} and
 * {@link dev.waymark.CatchAll} on CDI beans, or a programmatic {@link dev.waymark.RouteTable};
 * handlers see an {@link dev.waymark.ApiRequest} and build an {@link dev.waymark.ApiResponse}.
 * Path, query, header and cookie parameters reuse the {@code jakarta.ws.rs} parameter annotations
 * ({@code PathParam}, {@code QueryParam}, {@code HeaderParam}, {@code CookieParam},
 * {@code DefaultValue}): they mean the same thing here, and teams already know them.
 *
 * @since 0.1
 */
package dev.waymark;
