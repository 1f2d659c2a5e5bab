package dev.waymark.cluster;

import java.util.List;

/** A cluster engine the nodes of a test run on, and the configuration each node gets for it. */
interface Engine extends AutoCloseable {

    /**
     * The system properties of one node.
     *
     * @param node the node's index
     * @return {@code -Dname=value} arguments
     */
    List<String> properties(int node);

    @Override
    void close() throws Exception;
}
