package dev.waymark.tck.limit;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.limit.bad.PrincipalWithoutAuthorizerApi;
import dev.waymark.tck.route.bad.ProbeApi;

/** Rate limits that fail deployment (LIMIT-1-1). */
@Area.Limit
class LimitDeploymentIT {

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "principal-without-authorizer", managed = false, testable = false)
    static WebArchive principalWithoutAuthorizer() {
        return Deployments.war("limit-principal-without-authorizer", PrincipalWithoutAuthorizerApi.class, ProbeApi.class);
    }

    /** A limit keyed by principal on a route without an authorizer fails deployment, naming the route. */
    @Assertion("LIMIT-1-1")
    void principalKeyWithoutAuthorizerFailsDeployment() {
        Deployments.assertDeploymentFails(deployer, "principal-without-authorizer", "GET /items", "principal");
    }
}
