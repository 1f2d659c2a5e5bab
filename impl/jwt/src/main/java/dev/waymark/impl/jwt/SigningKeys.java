package dev.waymark.impl.jwt;

import java.security.Key;

import org.jose4j.jws.JsonWebSignature;

/** Where a JWT authorizer finds the key that must have signed a token. */
interface SigningKeys {

    /**
     * The key for a token.
     *
     * @param signature the token's signature, header parsed
     * @return the public key
     * @throws KeyException if no key fits
     */
    Key keyFor(JsonWebSignature signature) throws KeyException;

    /** No key fits a token; the message says why, for the client. */
    final class KeyException extends Exception {

        private static final long serialVersionUID = 1L;

        KeyException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
