package dev.waymark.tck.jaxrs.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The web application's own JAX-RS application, at a path of its own; its classes are scanned. */
@ApplicationPath("/rest")
public class OrdersApplication extends Application {
}
