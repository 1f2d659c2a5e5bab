package dev.waymark.impl.http;

/** Ends a request with a problem response. */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    /**
     * Creates the exception.
     *
     * @param problem the problem to answer with
     */
    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    /**
     * The problem to answer with.
     *
     * @return the problem
     */
    public Problem problem() {
        return problem;
    }
}
