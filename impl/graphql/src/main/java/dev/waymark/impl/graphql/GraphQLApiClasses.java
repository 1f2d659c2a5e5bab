package dev.waymark.impl.graphql;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;

import org.eclipse.microprofile.graphql.GraphQLApi;

import dev.waymark.ApiDeploymentException;
import io.smallrye.graphql.cdi.producer.GraphQLProducer;
import io.smallrye.graphql.execution.ExecutionService;

/**
 * Finds the application's {@code @GraphQLApi} beans, and builds their code-first schema once for
 * every code-first route of the application [GQL-2-1].
 */
public final class GraphQLApiClasses implements Extension {

    private final List<Class<?>> classes = new ArrayList<>();
    private CodeFirstExecutor executor;
    private Limits limits;

    void collect(@Observes @WithAnnotations(GraphQLApi.class) ProcessAnnotatedType<?> event) {
        classes.add(event.getAnnotatedType().getJavaClass());
    }

    /** SmallRye's own producer would build a second schema of its own; Waymark builds the one schema. */
    void vetoSmallRyeProducer(@Observes ProcessAnnotatedType<GraphQLProducer> event) {
        event.veto();
    }

    /** The execution service as a bean, which SmallRye's subscription handler looks up [GQL-4-1]. */
    void addExecutionService(@Observes AfterBeanDiscovery event) {
        event.addBean().beanClass(ExecutionService.class).types(ExecutionService.class, Object.class).scope(Dependent.class)
                .createWith(context -> built().service());
    }

    private synchronized CodeFirstExecutor built() {
        if (executor == null) {
            throw new IllegalStateException("The application serves no code-first GraphQL route");
        }
        return executor;
    }

    /**
     * The executor of the application's code-first schema.
     *
     * @param wanted the route's limits
     * @param where the route, for messages
     * @return the executor
     * @throws ApiDeploymentException if the schema cannot be built, or another code-first route
     *         set other limits (the routes share one schema)
     */
    static CodeFirstExecutor executor(Limits wanted, String where) {
        GraphQLApiClasses extension;
        try {
            extension = CDI.current().getBeanManager().getExtension(GraphQLApiClasses.class);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new ApiDeploymentException(where + " is a code-first GraphQL route, which needs CDI to find the @GraphQLApi beans", e);
        }
        return extension.build(wanted, where);
    }

    private synchronized CodeFirstExecutor build(Limits wanted, String where) {
        if (executor == null) {
            CodeFirstSettings.use(wanted);
            executor = CodeFirstExecutor.of(List.copyOf(classes));
            limits = wanted;
        } else if (!limits.equals(wanted)) {
            throw new ApiDeploymentException(where + " sets limits " + wanted + ", but the application's code-first GraphQL routes share "
                    + "one schema, already served with " + limits + "; give them the same limits");
        }
        return executor;
    }
}
