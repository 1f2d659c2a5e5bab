package dev.waymark.tck.domain.bad;

import dev.waymark.Api;
import dev.waymark.Route;

/** Binds an API to a URL instead of a host name. */
@Api(domain = "https://api.example.test/v1")
public class BadDomainApi {

    @Route("GET /items")
    public String items() {
        return "items";
    }
}
