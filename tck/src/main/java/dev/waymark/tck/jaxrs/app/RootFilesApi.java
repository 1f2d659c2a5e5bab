package dev.waymark.tck.jaxrs.app;

import dev.waymark.Api;
import dev.waymark.ApiRequest;
import dev.waymark.CatchAll;

/** A Waymark API whose {@code $default} takes every request below its base path. */
@Api(name = "root-files", basePath = "/files")
public class RootFilesApi {

    @CatchAll
    public String file(ApiRequest request) {
        return "file " + request.path();
    }
}
