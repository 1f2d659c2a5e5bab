package dev.waymark.tck.log.bad;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.log.AccessLog;

/** An access log format with a variable API Gateway does not have: deployment fails. */
@Api(basePath = "/unknown-variable")
@AccessLog(format = "$context.requestId $context.favouriteColour")
public class UnknownVariableApi {

    @Route("GET /x")
    public String x() {
        return "x";
    }
}
