package dev.waymark.tck.cors.jaxrs;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** A plain JAX-RS application, found by the container's scanning, as an existing application has it. */
@ApplicationPath("/rest")
public class PlainRestApplication extends Application {
}
