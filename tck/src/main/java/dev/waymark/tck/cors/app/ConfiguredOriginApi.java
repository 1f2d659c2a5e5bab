package dev.waymark.tck.cors.app;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.cors.Cors;

/**
 * An API whose allowed origins come from configuration ({@code waymark.api.configured-origin.cors.allow-origins}),
 * replacing the placeholder the class declares; the rest of its policy stays.
 */
@Api(name = "configured-origin", basePath = "/configured-origin")
@Cors(allowOrigins = "https://placeholder.example.test", allowCredentials = true)
public class ConfiguredOriginApi {

    @Route("GET /items")
    public String items() {
        return "items";
    }
}
