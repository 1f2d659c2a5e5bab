package dev.waymark.peers.vertx;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Promise;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/** GET /items/{id} on Vert.x Web, its item a {@link JsonObject} written by Vert.x (Jackson core). */
public final class ItemsVerticle extends AbstractVerticle {

    private final int port;

    ItemsVerticle(int port) {
        this.port = port;
    }

    @Override
    public void start(Promise<Void> started) {
        Router router = Router.router(vertx);
        router.get("/items/:id").handler(ctx -> ctx.json(new JsonObject().put("id", ctx.pathParam("id")).put("name", "item")));
        vertx.createHttpServer()
                .requestHandler(router)
                .listen(port, "127.0.0.1")
                .<Void>mapEmpty()
                .onComplete(started);
    }
}
