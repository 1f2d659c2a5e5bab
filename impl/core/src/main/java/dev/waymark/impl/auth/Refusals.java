package dev.waymark.impl.auth;

import jakarta.ws.rs.core.Response;

import dev.waymark.impl.http.Problem;

/** The answers that refuse a request: problems, with a {@code WWW-Authenticate} challenge where one is due. */
final class Refusals {

    private Refusals() {
    }

    /**
     * A refusal with a challenge.
     *
     * @param problem the problem
     * @param challenge the {@code WWW-Authenticate} value, or null
     * @param path the request path
     * @return the answer
     */
    static AuthDecision refuse(Problem problem, String challenge, String path) {
        Response response = problem.toResponse(path);
        return AuthDecision.refuse(challenge == null ? response : Response.fromResponse(response).header("WWW-Authenticate", challenge).build());
    }

    /**
     * A challenge: the scheme, the realm and further parameters, quoted.
     *
     * @param scheme such as {@code Bearer}
     * @param realm the API's name
     * @param parameters names and values, alternating
     * @return the header value
     */
    static String challenge(String scheme, String realm, String... parameters) {
        StringBuilder value = new StringBuilder(scheme).append(" realm=").append(quoted(realm));
        for (int i = 0; i + 1 < parameters.length; i += 2) {
            value.append(", ").append(parameters[i]).append('=').append(quoted(parameters[i + 1]));
        }
        return value.toString();
    }

    /** A quoted string of RFC 9110 with only printable ASCII, and no quote or backslash. */
    private static String quoted(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            quoted.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '\'');
        }
        return quoted.append('"').toString();
    }
}
