package dev.waymark.tck.runtime.app;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.RouteRuntime;
import dev.waymark.RuntimeHint;

/** Routes restricted to regions; the deployment's node is in iad1, and sfo1 has a URL. */
@Api(basePath = "/regional")
public class RegionsApi {

    @Route("GET /everywhere")
    public String everywhere() {
        return "everywhere";
    }

    @Route("GET /here")
    @RuntimeHint(value = RouteRuntime.EDGE, regions = {"iad1", "sfo1"})
    public String here() {
        return "here";
    }

    @Route("GET /west/{id}")
    @RuntimeHint(value = RouteRuntime.EDGE, regions = {"fra1", "sfo1"})
    public String west() {
        return "west";
    }

    @Route("POST /standard-west")
    @RuntimeHint(value = RouteRuntime.STANDARD, regions = "sfo1")
    public String standardWest() {
        return "west";
    }

    @Route("GET /nowhere")
    @RuntimeHint(value = RouteRuntime.EDGE, regions = "fra1")
    public String nowhere() {
        return "nowhere";
    }
}
