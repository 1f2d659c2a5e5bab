package dev.waymark.impl.auth;

import java.util.List;
import java.util.Locale;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.QueryString;

/**
 * Where a custom authorizer's credential is: {@code $request.header.<name>},
 * {@code $request.querystring.<name>} or {@code $request.cookie.<name>} [AUTH-3-1].
 *
 * @param where header, query or cookie
 * @param name the header, parameter or cookie name
 * @param expression the source as declared
 */
record IdentitySource(Where where, String name, String expression) {

    /** The three places a credential can be. */
    enum Where { HEADER, QUERY, COOKIE }

    /**
     * Parses a source.
     *
     * @param expression such as {@code $request.header.X-Api-Key}
     * @param authorizer the authorizer described for error messages
     * @return the source
     * @throws ApiDeploymentException if the expression is of another form
     */
    static IdentitySource parse(String expression, String authorizer) {
        String text = expression == null ? "" : expression.strip();
        for (Where where : Where.values()) {
            String prefix = "$request." + switch (where) {
                case HEADER -> "header.";
                case QUERY -> "querystring.";
                case COOKIE -> "cookie.";
            };
            if (text.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT)) && text.length() > prefix.length()) {
                return new IdentitySource(where, text.substring(prefix.length()), text);
            }
        }
        throw new ApiDeploymentException("Invalid identity source '" + expression + "' of authorizer " + authorizer
                + ": use $request.header.<name>, $request.querystring.<name> or $request.cookie.<name>");
    }

    /**
     * The value in a request.
     *
     * @param exchange the request
     * @return the value, or null if absent or empty
     */
    String valueIn(Exchange exchange) {
        String value = switch (where) {
            case HEADER -> exchange.headers().getFirst(name);
            case QUERY -> {
                List<String> values = QueryString.parse(exchange.rawQuery()).get(name);
                yield values == null || values.isEmpty() ? null : values.get(0);
            }
            case COOKIE -> exchange.cookies().get(name);
        };
        return value == null || value.isBlank() ? null : value;
    }
}
