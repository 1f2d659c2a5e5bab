package dev.waymark.examples.webhook;

/** A webhook request whose signature header is malformed, does not match its body, or is too old. */
public final class SignatureVerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong with the signature, fit to show to the sender
     */
    public SignatureVerificationException(String message) {
        super(message);
    }
}
