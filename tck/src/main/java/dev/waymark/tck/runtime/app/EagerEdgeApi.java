package dev.waymark.tck.runtime.app;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.RouteRuntime;
import dev.waymark.RuntimeHint;

/** An API with an edge route, which must be created at start-up; {@link ReadinessApi} reports whether it was. */
@Api(basePath = "/eager")
public class EagerEdgeApi {

    static final AtomicBoolean CREATED = new AtomicBoolean();

    @PostConstruct
    void created() {
        CREATED.set(true);
    }

    @Route("GET /ping")
    @RuntimeHint(RouteRuntime.EDGE)
    public String ping() {
        return "pong";
    }
}
