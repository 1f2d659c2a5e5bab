package dev.waymark.tck.websocket;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.route.bad.ProbeApi;
import dev.waymark.tck.websocket.bad.DuplicateKeySocketApi;
import dev.waymark.tck.websocket.bad.UnguardedEndpointSocketApi;
import dev.waymark.tck.websocket.bad.UnsuppliableSocketApi;

/** WebSocket APIs that fail deployment (WS-1-2, WS-4-4). */
@Tag("websocket")
@ExtendWith(ArquillianExtension.class)
class WebSocketDeploymentIT {

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "duplicate-key", managed = false, testable = false)
    static WebArchive duplicateKey() {
        return Deployments.war("ws-duplicate-key", DuplicateKeySocketApi.class, ProbeApi.class);
    }

    @Deployment(name = "unsuppliable", managed = false, testable = false)
    static WebArchive unsuppliable() {
        return Deployments.war("ws-unsuppliable", UnsuppliableSocketApi.class, ProbeApi.class);
    }

    @Deployment(name = "unguarded-endpoint", managed = false, testable = false)
    static WebArchive unguardedEndpoint() {
        return Deployments.war("ws-unguarded-endpoint", UnguardedEndpointSocketApi.class, ProbeApi.class);
    }

    /** Two handlers of one key fail deployment, naming both. */
    @Assertion("WS-1-2")
    void duplicateKeysFailDeployment() {
        Deployments.assertDeploymentFails(deployer, "duplicate-key", "'send'", "DuplicateKeySocketApi#first", "DuplicateKeySocketApi#second");
    }

    /** A handler parameter that cannot be supplied fails deployment, naming it. */
    @Assertion("WS-1-2")
    void unsuppliableParametersFailDeployment() {
        Deployments.assertDeploymentFails(deployer, "unsuppliable", "bytes", "UnsuppliableSocketApi#send");
    }

    /** A management endpoint whose authorizer the API does not declare fails deployment, naming both. */
    @Assertion("WS-4-4")
    void endpointsWithUndeclaredAuthorizersFailDeployment() {
        Deployments.assertDeploymentFails(deployer, "unguarded-endpoint", "@connections endpoint", "UnguardedEndpointSocketApi", "'ops'");
    }
}
