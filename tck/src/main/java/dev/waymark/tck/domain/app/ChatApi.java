package dev.waymark.tck.domain.app;

import dev.waymark.Api;
import dev.waymark.Route;

/** The "chat" API, on the same domain as "core" under another base path. */
// tag::domain[]
@Api(name = "chat", basePath = "/chat", domain = "api.example.test")
public class ChatApi {

    @Route("GET /hello")
    public String hello() {
        return "chat";
    }
}
// end::domain[]
