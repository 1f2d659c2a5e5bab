package dev.waymark.tck.websocket;

import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Deployments;
import dev.waymark.tck.auth.app.KeyAuthorizer;
import dev.waymark.tck.websocket.app.EchoSocketApi;
import dev.waymark.tck.websocket.app.GuardedSocketApi;
import dev.waymark.tck.websocket.app.SocketAdminApi;
import dev.waymark.tck.websocket.app.SocketRecords;
import dev.waymark.tck.websocket.app.SocketTableProducer;
import dev.waymark.tck.websocket.app.StrictSocketApi;

/** The archive of area WS. */
final class SocketDeployments {

    private SocketDeployments() {
    }

    static WebArchive sockets(String name) {
        return Deployments.war(name, EchoSocketApi.class, StrictSocketApi.class, GuardedSocketApi.class, SocketAdminApi.class,
                SocketRecords.class, SocketRecords.Greeting.class, SocketTableProducer.class, KeyAuthorizer.class);
    }
}
