package dev.waymark.tck.route.bad;

import dev.waymark.Api;
import dev.waymark.Route;

/** Two APIs of one application with the same name. */
public final class NamesakeApis {

    private NamesakeApis() {
    }

    /** The first API named {@code twin}. */
    @Api(name = "twin", basePath = "/first")
    public static class First {

        @Route("GET /up")
        public String up() {
            return "first";
        }
    }

    /** The second API named {@code twin}. */
    @Api(name = "twin", basePath = "/second")
    public static class Second {

        @Route("GET /up")
        public String up() {
            return "second";
        }
    }
}
