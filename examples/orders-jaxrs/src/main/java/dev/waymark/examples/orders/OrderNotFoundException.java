package dev.waymark.examples.orders;

/** No order has the id asked for. */
public class OrderNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;

    /**
     * Creates the exception.
     *
     * @param id the id asked for
     */
    public OrderNotFoundException(long id) {
        super("No order " + id);
        this.id = id;
    }

    /** @return the id asked for */
    public long id() {
        return id;
    }
}
