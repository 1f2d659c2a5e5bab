package dev.waymark.tck.runner;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.test.spi.TestClass;

/**
 * Arquillian (1.10) applies {@code ApplicationArchiveProcessor}s only to testable deployments,
 * and every TCK deployment is {@code testable = false}: this observer applies
 * {@link WaymarkArchiveProcessor} to the archive of a non-testable deployment just before the
 * container deploys it (the archive is changed in place).
 */
public class NonTestableDeployments {

    private final WaymarkArchiveProcessor processor = new WaymarkArchiveProcessor();

    @Inject
    private Instance<TestClass> testClass;

    /**
     * Adds the implementation to the archive about to be deployed.
     *
     * @param event the deployment
     */
    public void addImplementation(@Observes BeforeDeploy event) {
        DeploymentDescription description = event.getDeployment();
        if (description.isArchiveDeployment() && !description.testable()) {
            processor.process(description.getArchive(), testClass.get());
        }
    }
}
