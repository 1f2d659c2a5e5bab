package dev.waymark.tck.domain;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.domain.app.CoreApi;
import dev.waymark.tck.domain.bad.BadDomainApi;
import dev.waymark.tck.domain.bad.SameDomainClashApi;
import dev.waymark.tck.route.bad.ProbeApi;

/** Domains that fail deployment (DOMAIN-1-1, DOMAIN-1-2). */
@Area.Domain
class DomainDeploymentIT {

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = "bad-domain", managed = false, testable = false)
    static WebArchive badDomain() {
        return Deployments.war("domain-bad", BadDomainApi.class, ProbeApi.class);
    }

    @Deployment(name = "same-domain-clash", managed = false, testable = false)
    static WebArchive sameDomainClash() {
        return Deployments.war("domain-clash", CoreApi.class, SameDomainClashApi.class, ProbeApi.class);
    }

    /** A domain that is not a host name fails deployment, naming it. */
    @Assertion("DOMAIN-1-1")
    void invalidDomainFailsDeployment() {
        Deployments.assertDeploymentFails(deployer, "bad-domain", "https://api.example.test/v1", "BadDomainApi");
    }

    /** Two APIs of one domain with the same route clash. */
    @Assertion("DOMAIN-1-2")
    void clashOnADomainFailsDeployment() {
        Deployments.assertDeploymentFails(deployer, "same-domain-clash", "GET /hello", "clashes");
    }
}
