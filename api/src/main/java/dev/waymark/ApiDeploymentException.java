package dev.waymark;

/**
 * An API cannot be deployed: an invalid route key, two clashing routes, a handler parameter that
 * cannot be supplied, or another declaration error. The message names what is wrong and where.
 *
 * <p>Deployment of the whole application MUST fail with this exception (or the container's
 * deployment error caused by it); an implementation never serves a partially valid API [ROUTE-6-1].
 *
 * <pre>
 * ApiDeploymentException: route "GET /notes/{id}" (NotesApi#get) clashes with
 *     "GET /notes/{noteId}" (NotesApi#find): same method and path shape
 * </pre>
 *
 * @since 0.1
 */
public class ApiDeploymentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where
     */
    public ApiDeploymentException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message what is wrong and where
     * @param cause the underlying failure
     */
    public ApiDeploymentException(String message, Throwable cause) {
        super(message, cause);
    }
}
