package dev.waymark.impl.auth;

/**
 * Verifies a JWT for one JWT authorizer: the signature against its keys, the algorithm, the time
 * claims, the issuer and the audiences. Found through {@link Factory} with {@link java.util.ServiceLoader},
 * so the JWT library stays in its own module.
 */
public interface TokenVerifier {

    /**
     * Verifies a token.
     *
     * @param token the compact serialization
     * @return the verified token
     * @throws InvalidTokenException if the token is not to be trusted
     */
    VerifiedToken verify(String token) throws InvalidTokenException;

    /** Makes verifiers; an implementation registers one in {@code META-INF/services}. */
    interface Factory {

        /**
         * Makes a verifier.
         *
         * @param settings the authorizer's settings
         * @return the verifier
         * @throws dev.waymark.ApiDeploymentException if the settings cannot work
         */
        TokenVerifier create(JwtSettings settings);
    }

    /**
     * A verified token, in the terms of {@link dev.waymark.auth.Identity}.
     *
     * @param principal the caller's name
     * @param scopes the granted scopes
     * @param claims the claims, as plain Java values
     * @param credential the library's own token object
     */
    record VerifiedToken(String principal, java.util.Set<String> scopes, java.util.Map<String, Object> claims, Object credential) {
    }

    /** A token that is not to be trusted; the message says why, for the client. */
    final class InvalidTokenException extends Exception {

        private static final long serialVersionUID = 1L;

        /**
         * Creates the exception.
         *
         * @param message why the token is refused, without secrets
         * @param cause the library's reason, for the log
         */
        public InvalidTokenException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
