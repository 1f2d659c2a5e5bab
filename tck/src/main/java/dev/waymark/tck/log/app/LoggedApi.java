package dev.waymark.tck.log.app;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import jakarta.ws.rs.PathParam;

import dev.waymark.Api;
import dev.waymark.ApiRequest;
import dev.waymark.Route;
import dev.waymark.RouteRuntime;
import dev.waymark.RuntimeHint;
import dev.waymark.log.AccessLog;

/** Routes with the default access log, SST's CSV format, no log, and a streamed body. */
@Api(basePath = "/logged")
public class LoggedApi {

    @Route("GET /json/{id}")
    public String json(@PathParam("id") String id) {
        return "note " + id;
    }

    @Route("GET /edge/{id}")
    @RuntimeHint(RouteRuntime.EDGE)
    public String edge(@PathParam("id") String id) {
        return "edge " + id;
    }

    // tag::csv[]
    @Route("GET /csv")
    @AccessLog(format = "$context.identity.sourceIp,$context.requestTime,$context.httpMethod,$context.routeKey,"
            + "$context.protocol,$context.status,$context.responseLength,$context.requestId")
    public String csv() {
        return "csv";
    }
    // end::csv[]

    @Route("GET /quiet")
    @AccessLog(enabled = false)
    public String quiet() {
        return "quiet";
    }

    @Route("GET /id")
    public String id(ApiRequest request) {
        return request.requestId() + " " + request.sourceIp();
    }

    @Route("GET /stream")
    public InputStream stream() {
        return new ByteArrayInputStream(new byte[1000]);
    }
}
