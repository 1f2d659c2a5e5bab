package dev.waymark.peers.vertx;

import io.vertx.core.Vertx;

/** Deploys one instance of {@link ItemsVerticle}, as Vert.x's getting-started code does. */
public final class Main {

    private Main() {
    }

    /**
     * Starts the server on 127.0.0.1.
     *
     * @param args the port
     */
    public static void main(String[] args) {
        Vertx.vertx().deployVerticle(new ItemsVerticle(Integer.parseInt(args[0])));
    }
}
