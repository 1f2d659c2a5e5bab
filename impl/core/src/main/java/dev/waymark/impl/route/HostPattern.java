package dev.waymark.impl.route;

import java.util.Locale;

import dev.waymark.ApiDeploymentException;

/**
 * The host name an API is bound to [DOMAIN-1-1]: exact ({@code api.example.com}) or a wildcard
 * ({@code *.example.com}, one or more labels before the suffix), compared ignoring case.
 *
 * @param pattern the pattern, lower case
 */
public record HostPattern(String pattern) {

    /**
     * Parses a pattern.
     *
     * @param text such as {@code api.example.com} or {@code *.example.com}
     * @param where the API described for error messages
     * @return the pattern
     * @throws ApiDeploymentException if it is not a host name, or has a {@code *} elsewhere than as
     *         its whole first label
     */
    public static HostPattern parse(String text, String where) {
        String host = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        String name = host.startsWith("*.") ? host.substring(2) : host;
        if (!name.matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*") || name.length() > 253) {
            throw new ApiDeploymentException("Invalid domain '" + text + "' of " + where + ": use a host name such as "
                    + "api.example.com, or a wildcard such as *.example.com (no scheme, port or path)");
        }
        return new HostPattern(host);
    }

    /**
     * Whether the pattern is a wildcard.
     *
     * @return {@code true} for {@code *.example.com}
     */
    public boolean isWildcard() {
        return pattern.startsWith("*.");
    }

    /**
     * Whether a request's host matches.
     *
     * @param host the host, lower case, without port
     * @return {@code true} if it matches
     */
    public boolean matches(String host) {
        return isWildcard() ? host.endsWith(pattern.substring(1)) && host.length() > pattern.length() - 1 : host.equals(pattern);
    }

    /**
     * The host of a {@code Host} header: lower case, without port.
     *
     * @param header the header value, or null
     * @return the host, or the empty string
     */
    public static String hostOf(String header) {
        if (header == null) {
            return "";
        }
        String host = header.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.lastIndexOf(':');
        host = colon >= 0 ? host.substring(0, colon) : host;
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
