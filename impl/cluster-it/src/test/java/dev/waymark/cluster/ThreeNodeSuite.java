package dev.waymark.cluster;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** A suite of tests against three embedded nodes of one cluster, started once for the suite. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ThreeNodeSuite {

    /** The nodes, while the suite runs. */
    Nodes nodes;

    /**
     * The engine the three nodes run on.
     *
     * @return the engine
     */
    abstract Engine engine() throws Exception;

    @BeforeAll
    void start() throws Exception {
        nodes = Nodes.start(3, engine());
    }

    @AfterAll
    void stop() throws Exception {
        if (nodes != null) {
            nodes.close();
        }
    }
}
