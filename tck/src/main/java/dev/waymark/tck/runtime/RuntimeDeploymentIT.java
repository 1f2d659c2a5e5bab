package dev.waymark.tck.runtime;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.route.bad.ProbeApi;
import dev.waymark.tck.runtime.bad.BadTimeoutApi;
import dev.waymark.tck.runtime.bad.ContainerTypeEdgeApi;

/** Runtime declarations that fail deployment (RUNTIME-1-2, RUNTIME-4-1). */
@Area.Runtime
class RuntimeDeploymentIT {

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "edge-container-type", managed = false, testable = false)
    static WebArchive edgeContainerType() {
        return Deployments.war("runtime-edge-container-type", ContainerTypeEdgeApi.class, ProbeApi.class);
    }

    @Deployment(name = "bad-timeout", managed = false, testable = false)
    static WebArchive badTimeout() {
        return Deployments.war("runtime-bad-timeout", BadTimeoutApi.class, ProbeApi.class);
    }

    /** An edge handler that asks for a container type; the error names the parameter. */
    @Assertion("RUNTIME-1-2")
    void edgeHandlerWithContainerTypeFailsDeployment() {
        Deployments.assertDeploymentFails(deployer, "edge-container-type", "headers", "HttpHeaders", "EDGE");
    }

    /** A time limit without a unit; the error names it. */
    @Assertion("RUNTIME-4-1")
    void malformedTimeoutFailsDeployment() {
        Deployments.assertDeploymentFails(deployer, "bad-timeout", "'30'", "BadTimeoutApi");
    }
}
