package dev.waymark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route, or every route of an API, whose response is sent by other code after the handler
 * returns, through the {@link ApiResponse} it was given [RESP-3-2]: Next.js's
 * {@code externalResolver}. The request stays open until the response is sent, or the route's
 * timeout answers it.
 *
 * <p>Without the mark, a handler that takes an {@code ApiResponse}, returns nothing, and neither
 * sends nor sets a status is logged once per route as "resolved without sending a response"
 * [RESP-3-1], and answered {@code 204}.
 *
 * <pre>
 * &#64;Route("GET /legacy/{id}")
 * &#64;ExternalResolver
 * void legacy(&#64;PathParam("id") String id, ApiResponse response) {
 *     legacyClient.fetch(id, result -&gt; response.json(result));
 * }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ExternalResolver {
}
