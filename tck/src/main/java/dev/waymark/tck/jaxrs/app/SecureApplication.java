package dev.waymark.tck.jaxrs.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import dev.waymark.BodyLimit;
import dev.waymark.auth.Authorize;
import dev.waymark.auth.JwtAuthorizer;

/**
 * An application that declares Waymark's settings for all its resources: a JWT authorizer every
 * resource method needs, and a body limit. The JWKS URL comes from the archive's configuration.
 */
@ApplicationPath("/secure")
@JwtAuthorizer(name = "jwt", issuer = "https://issuer.waymark.test", audiences = "tck")
@Authorize("jwt")
@BodyLimit("1kb")
public class SecureApplication extends Application {
}
