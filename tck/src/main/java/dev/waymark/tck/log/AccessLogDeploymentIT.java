package dev.waymark.tck.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.AccessLogFile;
import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.log.bad.UnknownVariableApi;
import dev.waymark.tck.route.bad.ProbeApi;

/** Access log formats and settings that fail deployment (LOG-1-1, LOG-1-2). */
@Area.Log
class AccessLogDeploymentIT {

    private static final AccessLogFile LOG = AccessLogFile.create();

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

    @Deployment(name = "redeployed", managed = false, testable = false)
    static WebArchive redeployed() {
        return LOG.writtenBy(Deployments.war("log-redeployed", ProbeApi.class), "");
    }

    /**
     * The access log file is held open while the application is deployed (its lock file exists),
     * closed when it is undeployed, and written again, not beside, when it is deployed again.
     */
    @Assertion("LOG-1-4")
    void anUndeployedApplicationClosesItsFile() {
        deployer.deploy("redeployed");
        assertEquals(List.of("access.log", "access.log.lck"), LOG.folder());
        deployer.undeploy("redeployed");
        assertEquals(List.of("access.log"), LOG.folder());
        deployer.deploy("redeployed");
        assertEquals(List.of("access.log", "access.log.lck"), LOG.folder());
        deployer.undeploy("redeployed");
        assertEquals(List.of("access.log"), LOG.folder());
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
