package dev.waymark.tck.auth.bad;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.auth.Authorize;
import dev.waymark.auth.JwtAuthorizer;

/** Declares a JWT authorizer with neither a JWKS URL nor a public key. */
@Api(basePath = "/keyless")
@JwtAuthorizer(name = "keyless", issuer = "https://issuer.waymark.test")
@Authorize("keyless")
public class KeylessJwtApi {

    @Route("GET /items")
    public String items() {
        return "items";
    }
}
