package dev.waymark.tck.websocket.registry;

import java.util.List;

import jakarta.inject.Inject;

import dev.waymark.Api;
import dev.waymark.Route;

/** What the test reads of the application's registry. */
@Api(name = "registry", basePath = "/registry")
public class RegistryCallsApi {

    @Inject
    RecordingRegistry registry;

    @Route("GET /calls")
    public List<String> calls() {
        return registry.calls();
    }
}
