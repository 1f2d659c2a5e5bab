package dev.waymark.arquillian;

import org.jboss.arquillian.container.spi.ConfigurationException;
import org.jboss.arquillian.container.spi.client.container.ContainerConfiguration;

/**
 * The adapter's settings, from {@code arquillian.xml}: {@code host} (default {@code 127.0.0.1})
 * and {@code port} (default 0: a free port for each deployment).
 */
public class WaymarkContainerConfiguration implements ContainerConfiguration {

    private String host = "127.0.0.1";
    private int port;

    @Override
    public void validate() throws ConfigurationException {
        if (host == null || host.isBlank()) {
            throw new ConfigurationException("host must be set");
        }
        if (port < 0 || port > 65535) {
            throw new ConfigurationException("port must be between 0 and 65535, not " + port);
        }
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }
}
