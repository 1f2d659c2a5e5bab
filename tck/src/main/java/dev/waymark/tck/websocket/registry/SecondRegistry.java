package dev.waymark.tck.websocket.registry;

import jakarta.enterprise.context.ApplicationScoped;

/** A second connection registry, for the deployment that must fail. */
@ApplicationScoped
public class SecondRegistry extends RecordingRegistry {
}
