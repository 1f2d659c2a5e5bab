package dev.waymark.tck.runtime.app;

/**
 * An answer that reports, while JSON-B writes it, whether the writing thread carries the
 * application's context: whether its context class loader finds the application's own classes.
 */
public class ContextReport {

    private final String route;

    ContextReport(String route) {
        this.route = route;
    }

    /**
     * The route that answered.
     *
     * @return the route's name
     */
    public String getRoute() {
        return route;
    }

    /**
     * Read by JSON-B as the answer is written.
     *
     * @return whether the thread's context class loader loads this class as the application has it
     */
    public boolean isApplicationContext() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            return loader != null && Class.forName(ContextReport.class.getName(), false, loader) == ContextReport.class;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
