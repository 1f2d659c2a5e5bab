package dev.waymark.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * A bare Grizzly handler writing the benchmarks' item, {@code {"id":"42","name":"item"}}, with its
 * length and {@code application/json}: the ceiling of any target served by Grizzly.
 */
final class BareItemHandler extends HttpHandler {

    private final byte[] constant;

    private BareItemHandler(byte[] constant) {
        this.constant = constant;
    }

    /** @return a handler that writes the same bytes to every request */
    static BareItemHandler constant() {
        return new BareItemHandler("{\"id\":\"42\",\"name\":\"item\"}".getBytes(StandardCharsets.UTF_8));
    }

    /** @return a handler that builds the item from the last segment of the request path, per request */
    static BareItemHandler fromPath() {
        return new BareItemHandler(null);
    }

    @Override
    public void service(Request request, Response response) throws IOException {
        byte[] body = constant;
        if (body == null) {
            String path = request.getRequestURI();
            body = ("{\"id\":\"" + path.substring(path.lastIndexOf('/') + 1) + "\",\"name\":\"item\"}").getBytes(StandardCharsets.UTF_8);
        }
        response.setStatus(200);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
