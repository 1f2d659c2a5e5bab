package dev.waymark.tck.jaxrs.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The web application's own JAX-RS application at the root; its classes are scanned. */
@ApplicationPath("/")
public class RootApplication extends Application {
}
