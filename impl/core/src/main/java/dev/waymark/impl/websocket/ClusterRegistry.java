package dev.waymark.impl.websocket;

import java.util.Collection;
import java.util.Optional;

import dev.waymark.spi.ConnectionRegistry;
import dev.waymark.spi.SharedMap;

/**
 * A node's connections, kept by its own registry and announced to the cluster [WS-8-1]: each one
 * that opens is written to the shared map with this node as its owner, and removed from it when it
 * ends. Look-ups stay on the node.
 */
final class ClusterRegistry implements ConnectionRegistry {

    private final ConnectionRegistry local;
    private final SharedMap records;
    private final String member;

    /**
     * @param local the node's registry
     * @param records the cluster's connection records
     * @param member this node's member id
     */
    ClusterRegistry(ConnectionRegistry local, SharedMap records, String member) {
        this.local = local;
        this.records = records;
        this.member = member;
    }

    @Override
    public void add(Entry entry) {
        local.add(entry);
        records.put(entry.info().connectionId(), new ConnectionRecord(member, entry.info()).bytes(), SharedMap.FOREVER);
    }

    @Override
    public void remove(String connectionId) {
        local.remove(connectionId);
        records.remove(connectionId);
    }

    @Override
    public Optional<Entry> find(String connectionId) {
        return local.find(connectionId);
    }

    @Override
    public Collection<Entry> all() {
        return local.all();
    }
}
