package dev.waymark.tck.runtime.app;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.waymark.Api;
import dev.waymark.ApiResponse;
import dev.waymark.ExternalResolver;
import dev.waymark.Route;
import dev.waymark.RouteTimeout;

/** Responses sent by other code after the handler returns. */
@Api(basePath = "/resolvers")
public class ResolversApi {

    @Route("GET /external")
    @ExternalResolver
    public void external(ApiResponse response) {
        CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS)
                .execute(() -> response.status(202).json(Map.of("sentBy", "callback")));
    }

    @Route("GET /never-sent")
    @ExternalResolver
    @RouteTimeout("500ms")
    public void neverSent(ApiResponse response) {
        response.header("X-Started", "yes");
    }

    @Route("GET /forgot")
    public void forgot(ApiResponse response) {
        CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(() -> { });
    }
}
