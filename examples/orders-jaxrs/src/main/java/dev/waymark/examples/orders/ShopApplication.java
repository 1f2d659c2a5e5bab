package dev.waymark.examples.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The shop's JAX-RS application: its resources and its exception mapper are found by scanning. */
@ApplicationScoped
@ApplicationPath("/api")
public class ShopApplication extends Application {
}
