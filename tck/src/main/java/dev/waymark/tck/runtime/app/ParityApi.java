package dev.waymark.tck.runtime.app;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;

import dev.waymark.Api;
import dev.waymark.ApiResponse;
import dev.waymark.Route;
import dev.waymark.RouteRuntime;
import dev.waymark.RuntimeHint;

/** One handler served on both runtimes, and what a standard handler sees of the CDI request scope. */
@Api(basePath = "/parity")
public class ParityApi {

    @Inject
    BeanManager beans;

    @Route("GET /standard/items/{id}")
    @RuntimeHint(RouteRuntime.STANDARD)
    public Map<String, Object> standardItem(@PathParam("id") String id, ApiResponse response) {
        return item(id, response);
    }

    @Route("GET /edge/items/{id}")
    @RuntimeHint(RouteRuntime.EDGE)
    public Map<String, Object> edgeItem(@PathParam("id") String id, ApiResponse response) {
        return item(id, response);
    }

    @Route("GET /standard/scope")
    public Map<String, Boolean> standardScope() {
        try {
            return Map.of("requestScope", beans.getContext(RequestScoped.class).isActive());
        } catch (ContextNotActiveException e) {
            return Map.of("requestScope", false);
        }
    }

    private static Map<String, Object> item(String id, ApiResponse response) {
        response.status(201).header("X-Item", id).header("Cache-Control", "no-store");
        return Map.of("id", id, "tags", List.of("a", "b"));
    }
}
