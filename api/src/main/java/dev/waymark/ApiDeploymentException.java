package dev.waymark;

/**
 * An API cannot be deployed: an invalid route key, two clashing routes, a handler parameter that
 * cannot be supplied, or another declaration error. The message names what is wrong and where.
 *
 * <p>Deployment of the whole application MUST fail with this exception (or the container's
 * deployment error caused by it); an implementation never serves a partially valid API [ROUTE-6-1].
 *
 * <pre>
 * ApiDeploymentException: Waymark API deployment error: route "GET /notes/{id}" (NotesApi#get) clashes with
 *     "GET /notes/{noteId}" (NotesApi#find): same method and path shape
 * </pre>
 *
 * @since 0.1
 */
public class ApiDeploymentException extends RuntimeException {

    /**
     * What the message of every such exception starts with. A container may report a failed
     * deployment with the message of its cause and not its type; the prefix still shows that the
     * failure is this exception [ROUTE-6-1].
     */
    public static final String MESSAGE_PREFIX = "Waymark API deployment error: ";

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where; {@link #MESSAGE_PREFIX} is put before it unless it
     *        starts with it
     */
    public ApiDeploymentException(String message) {
        super(prefixed(message));
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what is wrong and where; {@link #MESSAGE_PREFIX} is put before it unless it
     *        starts with it
     * @param cause the underlying failure
     */
    public ApiDeploymentException(String message, Throwable cause) {
        super(prefixed(message), cause);
    }

    private static String prefixed(String message) {
        return message != null && message.startsWith(MESSAGE_PREFIX) ? message : MESSAGE_PREFIX + message;
    }
}
