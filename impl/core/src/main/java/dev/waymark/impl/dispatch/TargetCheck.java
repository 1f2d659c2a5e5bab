package dev.waymark.impl.dispatch;

import java.util.List;

import dev.waymark.impl.http.Problem;
import dev.waymark.impl.http.ProblemException;
import dev.waymark.impl.http.QueryString;
import dev.waymark.impl.route.RequestPath;

/**
 * The checks of a request target that come before routing, the same for every transport: the
 * path's length [ROUTE-5-5], the path's segments and the query's percent-escapes [ROUTE-5-4].
 */
public final class TargetCheck {

    private final int maxPathLength;

    /**
     * Creates the check.
     *
     * @param maxPathLength the longest path served, in characters
     */
    public TargetCheck(int maxPathLength) {
        this.maxPathLength = maxPathLength;
    }

    /**
     * Checks a target and decodes its path.
     *
     * @param rawPath the raw path, relative to the application
     * @param rawQuery the raw query, or null
     * @return the path's decoded segments
     * @throws ProblemException with a problem of type {@code path-too-long}, {@code invalid-path}
     *         or {@code invalid-query}, checked in that order
     */
    public List<String> segments(String rawPath, String rawQuery) {
        if (rawPath.length() > maxPathLength) {
            throw new ProblemException(Problem.pathTooLong(rawPath.length(), maxPathLength));
        }
        List<String> segments;
        try {
            segments = RequestPath.segments(rawPath);
        } catch (RequestPath.InvalidPathException e) {
            throw new ProblemException(Problem.invalidPath("The request path cannot be routed: " + e.getMessage()));
        }
        QueryString.checkEscapes(rawQuery);
        return segments;
    }
}
