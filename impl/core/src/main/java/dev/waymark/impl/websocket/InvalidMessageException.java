package dev.waymark.impl.websocket;

/** A message that cannot be bound to what its handler takes: the sender gets an error message naming why [WS-2-1]. */
final class InvalidMessageException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    InvalidMessageException(String detail) {
        super(detail);
    }
}
