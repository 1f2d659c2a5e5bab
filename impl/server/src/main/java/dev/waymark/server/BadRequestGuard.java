package dev.waymark.server;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;

import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import dev.waymark.impl.dispatch.Answer;
import dev.waymark.impl.dispatch.Deadline;
import dev.waymark.impl.edge.RequestEdge;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.Problem;
import dev.waymark.impl.http.ProblemException;
import dev.waymark.impl.log.AccessRecord;

/**
 * Stands in front of Jersey's Grizzly container. A request whose target is not a valid URI (a
 * malformed percent-encoding in the path or the query, say) is answered here with a 400 problem,
 * since Jersey cannot even build its request: the problem the edge's target check gives it, or for
 * a target that check accepts, {@code invalid-path} or {@code invalid-query} after the part that
 * does not parse; like every other request, it is read, answered and logged through the
 * {@link RequestEdge}. A failure inside the container is answered with a 500 problem instead of
 * Grizzly's error page, which shows the stack trace, or, if it is the exception of a resource method
 * whose time limit had passed, with that limit's 504 problem (see
 * {@link dev.waymark.impl.jaxrs.ResourceTimeout}), whose limit is finished here. It also
 * puts the
 * client's address and the protocol into request attributes, which Jersey's Grizzly container
 * shows as request properties ({@link AccessRecord#SOURCE_IP}, {@link AccessRecord#PROTOCOL}).
 */
final class BadRequestGuard extends HttpHandler {

    private static final System.Logger LOG = System.getLogger("dev.waymark.server");
    private static final ErrorPageGenerator PROBLEM_PAGES = (request, status, reason, description, failure) ->
            "{\"type\":\"about:blank\",\"title\":\"" + reasonOf(reason) + "\",\"status\":" + status + "}";

    /** RFC 2396 path characters: unreserved ({@code A-Za-z0-9-_.!~*'()}) and {@code ;:@&=+$,/}. */
    private static final boolean[] PLAIN = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            PLAIN[c] = true;
            PLAIN[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            PLAIN[c] = true;
        }
        for (char c : "-_.!~*'();:@&=+$,/".toCharArray()) {
            PLAIN[c] = true;
        }
    }

    private final RequestEdge edge;
    private final AnswerWriter answers;
    private final HttpHandler container;

    BadRequestGuard(RequestEdge edge, AnswerWriter answers, HttpHandler container) {
        this.edge = edge;
        this.answers = answers;
        this.container = container;
    }

    /**
     * The handler this one stands in front of.
     *
     * @return the handler
     */
    HttpHandler container() {
        return container;
    }

    /**
     * What answers the requests of this handler's server whose connection ends before their body.
     *
     * @return the answerer, on this handler's request edge
     */
    EndedEarlyRequests endedEarly() {
        return new EndedEarlyRequests(edge);
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        if (!plainTarget(path, query)) {
            try {
                new URI(query == null ? path : path + "?" + query);
            } catch (URISyntaxException e) {
                Exchange exchange = edge.read(GrizzlyRequest.received(request, new RequestHeaders(request)));
                answers.send(new Answer.Now(invalidTarget(path, query, e).toResponse(null)), exchange.access(), response);
                return;
            }
        }
        request.setAttribute(AccessRecord.SOURCE_IP, request.getRemoteAddr());
        request.setAttribute(AccessRecord.PROTOCOL, request.getProtocol().getProtocolString());
        try {
            container.service(request, response);
        } catch (Exception e) {
            Deadline deadline = request.getAttribute(Deadline.REQUEST_ATTRIBUTE) instanceof Deadline limit ? limit : null;
            boolean late = deadline != null && !deadline.finish();
            if (late) {
                LOG.log(Level.DEBUG, "A resource method ended with an exception after its time limit", e);
            } else {
                LOG.log(Level.ERROR, "Serving " + request.getMethod() + " " + request.getRequestURI() + " failed", e);
            }
            if (!response.isCommitted()) {
                response.reset();
                send(response, late ? Problem.handlerTimeout(deadline.limitMillis()) : new Problem("about:blank", "Internal Server Error", 500, null));
            }
        }
    }

    /**
     * The problem of a target that is not a valid URI: the one routing would answer, if routing
     * refuses it too; else {@code invalid-query} if the error is in the query, {@code invalid-path}
     * if it is in the path.
     */
    private Problem invalidTarget(String path, String query, URISyntaxException invalid) {
        try {
            edge.checkTarget(path, query);
        } catch (ProblemException e) {
            return e.problem();
        }
        return query != null && invalid.getIndex() > path.length()
                ? Problem.invalidQuery("The query string is not valid in a URI: " + invalid.getReason())
                : Problem.invalidPath("The request path is not valid in a URI: " + invalid.getReason());
    }

    /**
     * Whether a request target is certainly a valid URI without parsing it: an absolute path that
     * does not start with {@code //} (which would be read as an authority), and a query, made of
     * nothing but characters {@link URI} takes anywhere in a path (and {@code ?} in the query)
     * and well-formed percent-escapes. Anything else is left to {@code new URI(...)}, which costs
     * more than the rest of the check.
     *
     * @param path the raw path
     * @param query the raw query, or null
     * @return true if the target is valid; false if it must be parsed to know
     */
    static boolean plainTarget(String path, String query) {
        if (path.isEmpty() || path.charAt(0) != '/' || (path.length() > 1 && path.charAt(1) == '/')) {
            return false;
        }
        return plainPart(path, false) && (query == null || plainPart(query, true));
    }

    private static boolean plainPart(String part, boolean query) {
        int length = part.length();
        for (int i = 0; i < length; i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= length || !hex(part.charAt(i + 1)) || !hex(part.charAt(i + 2))) {
                    return false;
                }
                i += 2;
            } else if (c >= 128 || !PLAIN[c] && !(query && c == '?')) {
                return false;
            }
        }
        return true;
    }

    private static boolean hex(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    @Override
    public void start() {
        container.start();
    }

    @Override
    public void destroy() {
        container.destroy();
    }

    @Override
    protected ErrorPageGenerator getErrorPageGenerator(Request request) {
        return PROBLEM_PAGES;
    }

    private static void send(Response response, Problem problem) throws java.io.IOException {
        byte[] body = (byte[]) problem.toResponse(null).getEntity();
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String reasonOf(String reason) {
        return reason == null ? "Error" : reason.replaceAll("[^\\w ]", "");
    }

    @Override
    public String getName() {
        return "waymark";
    }
}
