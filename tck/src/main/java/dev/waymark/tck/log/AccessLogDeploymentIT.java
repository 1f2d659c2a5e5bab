package dev.waymark.tck.log;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.log.bad.UnknownVariableApi;
import dev.waymark.tck.route.bad.ProbeApi;

/** Access log formats and settings that fail deployment (LOG-1-1, LOG-1-2). */
@Area.Log
class AccessLogDeploymentIT {

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "unknown-variable", managed = false, testable = false)
    static WebArchive unknownVariable() {
        return Deployments.war("log-unknown-variable", UnknownVariableApi.class, ProbeApi.class);
    }

    @Deployment(name = "unknown-output", managed = false, testable = false)
    static WebArchive unknownOutput() {
        return Deployments.war("log-unknown-output", ProbeApi.class)
                .addAsResource(new StringAsset("waymark.access-log.output=syslog\n"), "META-INF/microprofile-config.properties");
    }

    /** An output other than console, logger or none fails deployment, naming the setting. */
    @Assertion("LOG-1-1")
    void unknownOutputFailsDeployment() {
        Deployments.assertDeploymentFails(deployer, "unknown-output", "waymark.access-log.output=syslog");
    }

    /** An unknown $context variable fails deployment, naming it. */
    @Assertion("LOG-1-2")
    void unknownVariableFailsDeployment() {
        Deployments.assertDeploymentFails(deployer, "unknown-variable", "$context.favouriteColour", "UnknownVariableApi");
    }
}
