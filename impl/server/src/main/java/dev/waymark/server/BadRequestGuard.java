package dev.waymark.server;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;

import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

import dev.waymark.impl.http.Problem;
import dev.waymark.impl.log.AccessRecord;

/**
 * Stands in front of Jersey's Grizzly container: a request whose URI is not a valid URI (a
 * malformed percent-encoding in the path or the query, say) is answered with a 400 problem here,
 * since Jersey cannot even build its request; and a failure inside the container is answered with
 * a 500 problem instead of Grizzly's error page, which shows the stack trace. It also puts the
 * client's address and the protocol into request attributes, which Jersey's Grizzly container
 * shows as request properties ({@link AccessRecord#SOURCE_IP}, {@link AccessRecord#PROTOCOL}).
 */
final class BadRequestGuard extends HttpHandler {

    private static final System.Logger LOG = System.getLogger("dev.waymark.server");
    private static final ErrorPageGenerator PROBLEM_PAGES = (request, status, reason, description, failure) ->
            "{\"type\":\"about:blank\",\"title\":\"" + reasonOf(reason) + "\",\"status\":" + status + "}";

    private final HttpHandler container;

    BadRequestGuard(HttpHandler container) {
        this.container = container;
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        String query = request.getQueryString();
        String target = request.getRequestURI() + (query == null ? "" : "?" + query);
        try {
            new URI(target);
        } catch (URISyntaxException e) {
            send(response, Problem.invalidPath("The request URI is not a valid URI: " + e.getReason()));
            return;
        }
        request.setAttribute(AccessRecord.SOURCE_IP, request.getRemoteAddr());
        request.setAttribute(AccessRecord.PROTOCOL, request.getProtocol().getProtocolString());
        try {
            container.service(request, response);
        } catch (Exception e) {
            LOG.log(Level.ERROR, "Serving " + request.getMethod() + " " + request.getRequestURI() + " failed", e);
            if (!response.isCommitted()) {
                response.reset();
                send(response, new Problem("about:blank", "Internal Server Error", 500, null));
            }
        }
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
