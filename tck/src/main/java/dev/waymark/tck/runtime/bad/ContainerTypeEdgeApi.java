package dev.waymark.tck.runtime.bad;

import jakarta.ws.rs.core.HttpHeaders;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.RouteRuntime;
import dev.waymark.RuntimeHint;

/** An edge handler that asks for a container type: deployment fails. */
@Api(basePath = "/bad-edge")
public class ContainerTypeEdgeApi {

    @Route("GET /headers")
    @RuntimeHint(RouteRuntime.EDGE)
    public String headers(HttpHeaders headers) {
        return headers.getHeaderString("Accept");
    }
}
