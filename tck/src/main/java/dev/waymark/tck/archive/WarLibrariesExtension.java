package dev.waymark.tck.archive;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link WarLibrariesObserver} with Arquillian in every run of the TCK. */
public class WarLibrariesExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(WarLibrariesObserver.class);
    }
}
