package dev.waymark.impl.handler;

import dev.waymark.Handler;
import dev.waymark.impl.http.DefaultApiRequest;
import dev.waymark.impl.http.DefaultApiResponse;

/**
 * A programmatic handler.
 *
 * @param handler the handler
 */
public record HandlerEndpoint(Handler handler) implements Endpoint {

    @Override
    public Object invoke(DefaultApiRequest request, DefaultApiResponse response) throws Exception {
        return handler.handle(request, response);
    }

    @Override
    public boolean takesResponse() {
        return true;
    }

    @Override
    public String description() {
        String name = handler.getClass().getName();
        int lambda = name.indexOf("$$Lambda");
        return lambda > 0 ? "lambda in " + name.substring(0, lambda) : name;
    }
}
