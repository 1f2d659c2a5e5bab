package dev.waymark.tck.jaxrs.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import dev.waymark.RateLimit;
import dev.waymark.ResponseLimit;
import dev.waymark.RouteTimeout;
import dev.waymark.log.AccessLog;

/** A plain JAX-RS resource whose methods declare Waymark's limits. */
@Path("limited")
public class LimitedResource {

    @GET
    @Path("rate")
    @RateLimit(rate = 2, per = "1h")
    public String rate() {
        return "counted";
    }

    @GET
    @Path("strict")
    @ResponseLimit(value = "1kb", strict = true)
    public String strict() {
        return "x".repeat(2000);
    }

    @GET
    @Path("lenient")
    @ResponseLimit("1kb")
    public String lenient() {
        return "x".repeat(2000);
    }

    @GET
    @Path("slow")
    @RouteTimeout("300ms")
    public String slow() throws InterruptedException {
        Thread.sleep(20_000);
        return "too late";
    }

    @GET
    @Path("quick")
    @RouteTimeout("10s")
    public String quick() {
        return "quick";
    }

    @GET
    @Path("csv")
    @AccessLog(format = "$context.httpMethod,$context.routeKey,$context.status,$context.requestId")
    public String csv() {
        return "csv";
    }

    @GET
    @Path("quiet")
    @AccessLog(enabled = false)
    public String quiet() {
        return "quiet";
    }
}
