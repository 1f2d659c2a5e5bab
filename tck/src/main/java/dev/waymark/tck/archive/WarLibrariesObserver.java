package dev.waymark.tck.archive;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Adds the {@link WarLibraries} of the run to each web archive just before the container deploys
 * it. Arquillian calls {@code ApplicationArchiveProcessor}s for testable deployments only, and every
 * TCK deployment is {@code testable = false}, so the archive is changed on {@code BeforeDeploy}.
 */
public class WarLibrariesObserver {

    private WarLibraries libraries;

    /**
     * Adds the libraries to the archive about to be deployed.
     *
     * @param event the deployment
     */
    public void addLibraries(@Observes BeforeDeploy event) {
        DeploymentDescription deployment = event.getDeployment();
        if (deployment.isArchiveDeployment() && deployment.getArchive().getName().endsWith(".war")) {
            if (libraries == null) {
                libraries = WarLibraries.from(System::getProperty);
            }
            libraries.addTo(deployment.getArchive().as(WebArchive.class));
        }
    }
}
