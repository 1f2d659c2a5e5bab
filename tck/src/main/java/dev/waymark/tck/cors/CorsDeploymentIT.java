package dev.waymark.tck.cors;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.cors.bad.WildcardCredentialsApi;
import dev.waymark.tck.route.bad.ProbeApi;

/** CORS policies that fail deployment (CORS-1-3). */
@Area.Cors
class CorsDeploymentIT {

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "wildcard-credentials", managed = false, testable = false)
    static WebArchive wildcardCredentials() {
        return Deployments.war("cors-wildcard-credentials", WildcardCredentialsApi.class, ProbeApi.class);
    }

    /** Credentials with the wildcard origin fail deployment, naming the API. */
    @Assertion("CORS-1-3")
    void credentialsWithWildcardOriginFailDeployment() {
        Deployments.assertDeploymentFails(deployer, "wildcard-credentials", "WildcardCredentialsApi", "credentials");
    }
}
