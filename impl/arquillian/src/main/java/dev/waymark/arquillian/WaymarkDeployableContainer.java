package dev.waymark.arquillian;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.ProtocolDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.exporter.ExplodedExporter;
import org.jboss.shrinkwrap.descriptor.api.Descriptor;

import dev.waymark.server.Waymark;

/**
 * Deploys a web archive to the embedded runtime: its {@code WEB-INF/classes} and
 * {@code WEB-INF/lib} jars (or a jar's classes) become the application, every class of
 * {@code WEB-INF/classes} is a bean candidate, and each deployment gets its own server on its own
 * port. A deployment error fails the deployment with a {@link DeploymentException}.
 */
public class WaymarkDeployableContainer implements DeployableContainer<WaymarkContainerConfiguration> {

    private static final String CLASSES = "WEB-INF/classes";

    private WaymarkContainerConfiguration configuration;
    private Waymark server;
    private URLClassLoader loader;
    private Path exploded;

    @Override
    public Class<WaymarkContainerConfiguration> getConfigurationClass() {
        return WaymarkContainerConfiguration.class;
    }

    @Override
    public void setup(WaymarkContainerConfiguration value) {
        this.configuration = value;
    }

    @Override
    public void start() {
        // Each deployment starts its own server.
    }

    @Override
    public void stop() {
        undeployCurrent();
    }

    @Override
    public ProtocolDescription getDefaultProtocol() {
        return new ProtocolDescription("Local");
    }

    @Override
    public ProtocolMetaData deploy(Archive<?> archive) throws DeploymentException {
        if (server != null) {
            throw new DeploymentException("The Waymark embedded container serves one deployment at a time");
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            exploded = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "waymark-deployment");
            Path root = archive.as(ExplodedExporter.class).exportExploded(exploded.toFile(), "app").toPath();
            Path classes = Files.isDirectory(root.resolve(CLASSES)) ? root.resolve(CLASSES) : root;
            loader = new URLClassLoader(urls(root, classes), previous);
            Thread.currentThread().setContextClassLoader(loader);
            server = Waymark.builder()
                    .host(configuration.getHost())
                    .port(configuration.getPort())
                    .classLoader(loader)
                    .beanClasses(classesIn(classes, loader))
                    .start();
        } catch (RuntimeException | IOException | ClassNotFoundException e) {
            undeployCurrent();
            throw new DeploymentException("Cannot deploy " + archive.getName() + ": " + e.getMessage(), e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        HTTPContext context = new HTTPContext(configuration.getHost(), server.port());
        context.add(new Servlet("waymark", ""));
        return new ProtocolMetaData().addContext(context);
    }

    @Override
    public void undeploy(Archive<?> archive) {
        undeployCurrent();
    }

    @Override
    public void deploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("The Waymark embedded container deploys archives, not descriptors");
    }

    @Override
    public void undeploy(Descriptor descriptor) {
        throw new UnsupportedOperationException("The Waymark embedded container deploys archives, not descriptors");
    }

    private void undeployCurrent() {
        try {
            if (server != null) {
                server.close();
            }
            if (loader != null) {
                loader.close();
            }
            if (exploded != null) {
                try (Stream<Path> files = Files.walk(exploded)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
            loader = null;
            exploded = null;
        }
    }

    private static URL[] urls(Path root, Path classes) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(toUrl(classes));
        Path lib = root.resolve("WEB-INF/lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    urls.add(toUrl(jar));
                }
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> classesIn(Path classes, ClassLoader loader) throws IOException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String relative = classes.relativize(file).toString();
                if (relative.startsWith("META-INF") || relative.endsWith("package-info.class") || relative.endsWith("module-info.class")) {
                    continue;
                }
                String name = relative.substring(0, relative.length() - ".class".length()).replace(File.separatorChar, '.');
                found.add(Class.forName(name, false, loader));
            }
        }
        return found;
    }
}
