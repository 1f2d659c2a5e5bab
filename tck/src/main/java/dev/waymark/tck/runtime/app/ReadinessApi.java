package dev.waymark.tck.runtime.app;

import dev.waymark.Api;
import dev.waymark.Route;

/** Reports whether {@link EagerEdgeApi} was created, without touching it. */
@Api(basePath = "/readiness")
public class ReadinessApi {

    @Route("GET /edge-created")
    public boolean edgeCreated() {
        return EagerEdgeApi.CREATED.get();
    }
}
