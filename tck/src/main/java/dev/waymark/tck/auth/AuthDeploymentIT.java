package dev.waymark.tck.auth;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.auth.bad.KeylessJwtApi;
import dev.waymark.tck.auth.bad.UnguardedRolesApi;
import dev.waymark.tck.auth.bad.UnknownAuthorizerApi;
import dev.waymark.tck.route.bad.ProbeApi;

/** Authorizer declarations that fail deployment (AUTH-1-3, AUTH-2-1). */
@Area.Auth
class AuthDeploymentIT {

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "unknown-authorizer", managed = false, testable = false)
    static WebArchive unknownAuthorizer() {
        return Deployments.war("auth-unknown-authorizer", UnknownAuthorizerApi.class, ProbeApi.class);
    }

    @Deployment(name = "keyless-jwt", managed = false, testable = false)
    static WebArchive keylessJwt() {
        return Deployments.war("auth-keyless-jwt", KeylessJwtApi.class, ProbeApi.class);
    }

    @Deployment(name = "unguarded-roles", managed = false, testable = false)
    static WebArchive unguardedRoles() {
        return Deployments.war("auth-unguarded-roles", UnguardedRolesApi.class, ProbeApi.class);
    }

    /** Choosing an authorizer the API does not declare fails deployment, naming the route and the name. */
    @Assertion("AUTH-1-3")
    void unknownAuthorizerFailsDeployment() {
        Deployments.assertDeploymentFails(deployer, "unknown-authorizer", "GET /items", "'missing'");
    }

    /** A JWT authorizer without keys fails deployment, naming the authorizer. */
    @Assertion("AUTH-2-1")
    void jwtAuthorizerWithoutKeysFailsDeployment() {
        Deployments.assertDeploymentFails(deployer, "keyless-jwt", "keyless", "JWKS URL");
    }

    /** Roles on a route without an authorizer fail deployment instead of leaving it open. */
    @Assertion("AUTH-4-1")
    void rolesWithoutAnAuthorizerFailDeployment() {
        Deployments.assertDeploymentFails(deployer, "unguarded-roles", "DELETE /items/{id}", "@RolesAllowed");
    }
}
