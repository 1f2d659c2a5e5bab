package dev.waymark.tck.websocket.app;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.websocket.ConnectionInfo;
import dev.waymark.websocket.Connections;

/** REST routes that use Connections: push to a connection, list, close, and what $disconnect saw. */
// tag::push[]
@Api(name = "socket-admin", basePath = "/socket-admin")
public class SocketAdminApi {

    @Inject
    Connections connections;

    @Route("POST /push/{id}")
    public void push(@PathParam("id") String id, String message) {
        connections.send(id, message);
    }
    // end::push[]

    @Route("GET /connections/{id}")
    public ConnectionInfo info(@PathParam("id") String id) {
        return connections.info(id).orElseThrow(() -> new jakarta.ws.rs.NotFoundException("no connection " + id));
    }

    @Route("GET /connections")
    public List<String> list() {
        return connections.list().stream().map(ConnectionInfo::connectionId).toList();
    }

    @Route("DELETE /connections/{id}")
    public boolean close(@PathParam("id") String id) {
        return connections.close(id);
    }

    @Route("POST /broadcast/{api}")
    public int broadcast(@PathParam("api") String api, String message) {
        return connections.broadcast(message, connection -> connection.api().equals(api));
    }

    @Route("GET /disconnects/{id}")
    public int disconnects(@PathParam("id") String id) {
        return SocketRecords.disconnects(id);
    }
}
