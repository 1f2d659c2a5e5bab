package dev.waymark.tck;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.waymark.ApiDeploymentException;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Builds the TCK's deployments and checks deployment failures. */
public final class Deployments {

    private static final String BEANS_XML = """
            <beans xmlns="https://jakarta.ee/xml/ns/jakartaee"
                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                   xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee https://jakarta.ee/xml/ns/jakartaee/beans_4_0.xsd"
                   version="4.0" bean-discovery-mode="annotated">
            </beans>
            """;

    private Deployments() {
    }

    /**
     * A web archive with application classes and a {@code beans.xml}; the vendor's runner adds
     * the implementation.
     *
     * @param name the archive name, without {@code .war}
     * @param classes the application's classes
     * @return the archive
     */
    public static WebArchive war(String name, Class<?>... classes) {
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addClasses(classes)
                .addAsWebInfResource(new StringAsset(BEANS_XML), "beans.xml");
    }

    /**
     * Asserts that deploying an archive fails with a Waymark deployment error: the container
     * reports a deployment error caused by {@link ApiDeploymentException}, recognised by its
     * message's {@link ApiDeploymentException#MESSAGE_PREFIX} (a container may report the message
     * without the type), and that message names every given part. The archive is
     * undeployed again if the container deployed it anyway.
     *
     * @param deployer Arquillian's deployer
     * @param name the name of an unmanaged deployment
     * @param messageParts what the error message must name
     */
    public static void assertDeploymentFails(Deployer deployer, String name, String... messageParts) {
        Throwable failure = null;
        try {
            deployer.deploy(name);
        } catch (Exception e) {
            failure = e;
        }
        if (failure == null) {
            deployer.undeploy(name);
        }
        assertNotEquals(null, failure, "deployment " + name + " must fail");
        String messages = messages(failure);
        assertTrue(messages.contains(ApiDeploymentException.MESSAGE_PREFIX),
                () -> "expected a Waymark deployment error (a message starting with '" + ApiDeploymentException.MESSAGE_PREFIX
                        + "'); the deployment failed with: " + messages);
        for (String part : messageParts) {
            assertTrue(messages.contains(part), () -> "the deployment error must name '" + part + "': " + messages);
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(cause).append('\n');
        }
        return text.toString();
    }
}
