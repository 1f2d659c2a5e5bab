package dev.waymark.tck.websocket;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.route.bad.ProbeApi;
import dev.waymark.tck.websocket.app.SocketRecords;
import dev.waymark.tck.websocket.app.StrictSocketApi;
import dev.waymark.tck.websocket.bad.DuplicateKeySocketApi;
import dev.waymark.tck.websocket.bad.UnguardedEndpointSocketApi;
import dev.waymark.tck.websocket.bad.UnsuppliableSocketApi;
import dev.waymark.tck.websocket.registry.RecordingRegistry;
import dev.waymark.tck.websocket.registry.SecondRegistry;

/** WebSocket APIs that fail deployment (WS-1-2, WS-4-4). */
@Area.WebSocket
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

    @Deployment(name = "two-registries", managed = false, testable = false)
    static WebArchive twoRegistries() {
        return Deployments.war("ws-two-registries", StrictSocketApi.class, SocketRecords.class, SocketRecords.Greeting.class,
                RecordingRegistry.class, SecondRegistry.class, ProbeApi.class);
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

    /** Two connection registries fail deployment, naming both. */
    @Assertion("WS-4-3")
    void twoRegistriesFailDeployment() {
        Deployments.assertDeploymentFails(deployer, "two-registries", "ConnectionRegistry", RecordingRegistry.class.getName(),
                SecondRegistry.class.getName());
    }
}
