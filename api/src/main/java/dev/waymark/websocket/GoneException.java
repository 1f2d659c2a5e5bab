package dev.waymark.websocket;

/**
 * The connection a message was for is closed or was never open [WS-4-2]; over the management
 * endpoint it is a {@code 410 Gone}, as in API Gateway.
 *
 * @since 0.1
 */
public class GoneException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String connectionId;

    /**
     * Creates the exception.
     *
     * @param connectionId the connection
     */
    public GoneException(String connectionId) {
        super("Connection " + connectionId + " is gone");
        this.connectionId = connectionId;
    }

    /**
     * The connection.
     *
     * @return its id
     */
    public String connectionId() {
        return connectionId;
    }
}
