package dev.waymark.tck.runner.payara;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Payara Micro logs a failed deployment and starts anyway; its Arquillian adapter (3.1) then
 * returns normally, with an {@link HTTPContext} that has no servlet (the "Deployed" list of the
 * instance configuration is empty). This observer turns that into a
 * {@link DeploymentException}, as WildFly's and GlassFish's adapters throw: the message carries
 * the SEVERE records of the Payara Micro log (read from the adapter's private {@code log}
 * field, the console output up to the instance configuration). It also stops that Payara Micro
 * JVM, since the adapter runs one JVM per deployment and only stops the last one it started.
 */
public class FailedDeploymentCheck {

    private static final Logger LOGGER = Logger.getLogger(FailedDeploymentCheck.class.getName());

    /** Where a record of Payara's ODL log format starts. */
    private static final Pattern RECORD_START = Pattern.compile("(?m)^(?=\\[\\d{4}-\\d{2}-\\d{2}T)");

    /** {@code [time] [] [LEVEL] [id] [logger] [tid: ...] [timeMillis: ...] [levelValue: ...] }. */
    private static final Pattern HEADER = Pattern.compile("\\[[^\\]\\n]*\\] \\[[^\\]\\n]*\\] \\[(?<level>[A-Z]+)\\][^\\n]*?\\[levelValue: \\d+\\] ?");

    private static final Pattern STACK_LINE = Pattern.compile("\\s+(at [\\w.$/<>]+\\(.*\\)|\\.\\.\\. \\d+ more)\\s*");

    /** Payara Micro colours the level and the logger name. */
    private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[0-9;]*m");

    private static final int MAX_ERRORS_LENGTH = 16_000;

    @Inject
    private Instance<ProtocolMetaData> protocolMetaData;

    @Inject
    private Instance<Deployment> deployment;

    /**
     * Fails the deployment if Payara Micro serves nothing for it.
     *
     * @param event the deployment that the adapter reported done
     * @throws DeploymentException if Payara Micro did not deploy it
     */
    public void check(@Observes AfterDeploy event) throws DeploymentException {
        DeploymentDescription description = event.getDeployment();
        if (!description.isArchiveDeployment()) {
            return;
        }
        ProtocolMetaData metaData = protocolMetaData.get();
        Collection<HTTPContext> contexts = metaData == null ? Set.of() : metaData.getContexts(HTTPContext.class);
        if (contexts.stream().anyMatch(context -> !context.getServlets().isEmpty())) {
            return;
        }
        Archive<?> archive = description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
        DeployableContainer<?> container = event.getDeployableContainer();
        String errors = errors(serverLog(container));
        DeploymentException failure = new DeploymentException("Payara Micro did not deploy " + archive.getName()
                + " (no servlet of it in the instance configuration; the adapter reported " + contexts + ")"
                + (errors.isEmpty() ? "; the Payara Micro log has no SEVERE record" : ". Errors in the Payara Micro log:\n" + errors));
        try {
            container.undeploy(archive);
            Deployment deployed = deployment.get();
            if (deployed != null) {
                deployed.undeployed();
            }
        } catch (Exception | LinkageError e) {
            failure.addSuppressed(e);
        }
        throw failure;
    }

    /**
     * The console output of the Payara Micro JVM the adapter started last.
     *
     * @param container the adapter
     * @return the output, or null if this adapter does not keep it
     */
    static String serverLog(DeployableContainer<?> container) {
        for (Class<?> type = container.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("log");
                if (field.getType() == String.class) {
                    field.setAccessible(true);
                    return (String) field.get(container);
                }
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOGGER.log(Level.WARNING, "Cannot read the Payara Micro log from " + type.getName(), e);
                return null;
            }
        }
        LOGGER.warning("The adapter " + container.getClass().getName() + " has no 'log' field: the deployment error is only in the Payara Micro output");
        return null;
    }

    /**
     * The SEVERE records of a Payara Micro log, without stack frames or repeated lines.
     *
     * @param log the log, or null
     * @return the lines, one a line, or an empty string
     */
    static String errors(String log) {
        if (log == null) {
            return "";
        }
        Set<String> lines = new LinkedHashSet<>();
        for (String record : RECORD_START.split(ANSI_ESCAPE.matcher(log).replaceAll(""))) {
            Matcher header = HEADER.matcher(record);
            if (!header.lookingAt() || !"SEVERE".equals(header.group("level"))) {
                continue;
            }
            for (String line : record.substring(header.end()).split("\\R")) {
                if (STACK_LINE.matcher(line).matches()) {
                    continue;
                }
                String text = line.strip();
                if (text.startsWith("[[")) {
                    text = text.substring(2).strip();
                }
                if (text.endsWith("]]")) {
                    text = text.substring(0, text.length() - 2).strip();
                }
                if (!text.isEmpty()) {
                    lines.add(text);
                }
            }
        }
        String errors = String.join("\n", lines);
        return errors.length() > MAX_ERRORS_LENGTH ? errors.substring(0, MAX_ERRORS_LENGTH) + "\n..." : errors;
    }
}
