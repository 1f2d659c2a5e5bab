package dev.waymark.tck.runner.payara;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Turns a deployment Payara Micro failed (which its Arquillian adapter does not report) into a
 * {@code DeploymentException}. Adding the implementation to the archives is
 * {@code waymark-tck-runner-support}'s job.
 */
public class PayaraRunnerExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(FailedDeploymentCheck.class);
    }
}
