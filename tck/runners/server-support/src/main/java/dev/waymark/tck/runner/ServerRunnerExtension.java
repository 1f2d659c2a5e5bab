package dev.waymark.tck.runner;

import org.jboss.arquillian.container.test.spi.client.deployment.ApplicationArchiveProcessor;
import org.jboss.arquillian.core.spi.LoadableExtension;

/** Adds the implementation to every TCK deployment made to an application server. */
public class ServerRunnerExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.service(ApplicationArchiveProcessor.class, WaymarkArchiveProcessor.class);
        builder.observer(NonTestableDeployments.class);
    }
}
