package dev.waymark.peers.javalin;

import io.javalin.Javalin;

/** GET /items/{id} on Javalin, its item written by Javalin's default JSON mapper (Jackson). */
public final class Main {

    /**
     * The JSON object of one request.
     *
     * @param id the path parameter
     * @param name always {@code item}
     */
    public record Item(String id, String name) {
    }

    private Main() {
    }

    /**
     * Starts the server on 127.0.0.1.
     *
     * @param args the port
     */
    public static void main(String[] args) {
        Javalin.create()
                .get("/items/{id}", ctx -> ctx.json(new Item(ctx.pathParam("id"), "item")))
                .start("127.0.0.1", Integer.parseInt(args[0]));
    }
}
