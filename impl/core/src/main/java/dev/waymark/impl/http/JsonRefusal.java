package dev.waymark.impl.http;

/**
 * A JSON document refused before or while it is bound. Its message is a detail in the API's
 * words, fit to send: where (JSON pointer, line and column) and what was expected, never a Java
 * type or a parser's message.
 */
public final class JsonRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a document is refused. */
    public enum Reason {
        /** It is not JSON. */
        MALFORMED,
        /** It nests too deep or has too long a number. */
        OVER_LIMIT,
        /** A value does not fit the type it binds to. */
        MISMATCH,
        /** The JSON binding implementation failed on it. */
        UNBOUND
    }

    private final Reason reason;

    JsonRefusal(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    /**
     * Why the document is refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
