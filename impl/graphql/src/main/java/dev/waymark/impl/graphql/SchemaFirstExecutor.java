package dev.waymark.impl.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;


import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.http.JsonCodec;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.auth.Identity;
import dev.waymark.graphql.GraphQLDefinition;
import dev.waymark.graphql.GraphQLResolver;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.introspection.Introspection;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.OperationTypeDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.errors.SchemaProblem;

/**
 * A schema-first route [GQL-3-1]: a schema file and a resolver table keyed like AppSync, run by
 * graphql-java with the route's depth and complexity limits and, if turned off, without
 * introspection.
 */
final class SchemaFirstExecutor implements GraphQLExecutor {

    private final GraphQL graphQL;
    private final boolean introspection;

    private SchemaFirstExecutor(GraphQL graphQL, boolean introspection) {
        this.graphQL = graphQL;
        this.introspection = introspection;
    }

    /**
     * Builds a route's schema and checks its resolvers against it.
     *
     * @param definition the route
     * @param limits the route's depth and complexity
     * @param jsonLimits the limits of the JSON values resolvers convert
     * @param loader where the schema file is
     * @return the executor
     * @throws ApiDeploymentException if the schema cannot be read or parsed, a resolver key names
     *         no field of the schema, or a root field has no resolver
     */
    static SchemaFirstExecutor of(GraphQLDefinition definition, Limits limits, JsonLimits jsonLimits, ClassLoader loader) {
        String resource = definition.schema().orElseThrow();
        TypeDefinitionRegistry registry;
        try {
            registry = new SchemaParser().parse(read(resource, loader));
        } catch (SchemaProblem e) {
            throw new ApiDeploymentException("The GraphQL schema " + resource + " does not parse: " + e.getMessage(), e);
        }
        Map<String, String> roots = rootTypes(registry);
        Map<String, Set<String>> fields = objectFields(registry);
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
        Set<String> resolved = new LinkedHashSet<>();
        for (Map.Entry<String, GraphQLResolver> entry : definition.resolvers().entrySet()) {
            String[] key = entry.getKey().split(" ");
            if (key.length != 2) {
                throw new ApiDeploymentException("Invalid resolver key '" + entry.getKey() + "' of schema " + resource
                        + ": write a type and one of its fields, such as \"Query listNotes\"");
            }
            Set<String> ofType = fields.get(key[0]);
            if (ofType == null) {
                throw new ApiDeploymentException("Resolver '" + entry.getKey() + "' names type " + key[0] + ", which schema " + resource
                        + " does not have; its object types are " + new TreeSet<>(fields.keySet()));
            }
            if (!ofType.contains(key[1])) {
                throw new ApiDeploymentException("Resolver '" + entry.getKey() + "' names field " + key[1] + " of " + key[0]
                        + ", which schema " + resource + " does not have; its fields are " + new TreeSet<>(ofType));
            }
            GraphQLResolver resolver = entry.getValue();
            wiring.type(key[0], type -> type.dataFetcher(key[1], environment -> resolver.resolve(new DefaultResolverContext(environment, jsonLimits))));
            resolved.add(entry.getKey());
        }
        List<String> missing = new ArrayList<>();
        for (String root : roots.values()) {
            for (String field : fields.getOrDefault(root, Set.of())) {
                if (!resolved.contains(root + " " + field)) {
                    missing.add(root + " " + field);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new ApiDeploymentException("Schema " + resource + " has fields without a resolver: " + String.join(", ", missing)
                    + "; add a resolver for each (such as @Resolver(\"" + missing.get(0) + "\"))");
        }
        GraphQLSchema schema;
        try {
            schema = new SchemaGenerator().makeExecutableSchema(registry, wiring.build());
        } catch (SchemaProblem e) {
            throw new ApiDeploymentException("The GraphQL schema " + resource + " is invalid: " + e.getMessage(), e);
        }
        GraphQL graphQL = GraphQL.newGraphQL(schema).instrumentation(new ChainedInstrumentation(List.of(
                new MaxQueryDepthInstrumentation(limits.maxDepth()), new MaxQueryComplexityInstrumentation(limits.maxComplexity())))).build();
        return new SchemaFirstExecutor(graphQL, limits.introspection());
    }

    private static String read(String resource, ClassLoader loader) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new ApiDeploymentException("The GraphQL schema file " + resource + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ApiDeploymentException("Cannot read the GraphQL schema file " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The root operation types: those of the schema definition, else Query, Mutation and Subscription. */
    private static Map<String, String> rootTypes(TypeDefinitionRegistry registry) {
        Map<String, String> roots = new LinkedHashMap<>();
        registry.schemaDefinition().ifPresentOrElse(
                definition -> definition.getOperationTypeDefinitions().forEach(
                        (OperationTypeDefinition operation) -> roots.put(operation.getName(), operation.getTypeName().getName())),
                () -> {
                    for (String name : List.of("Query", "Mutation", "Subscription")) {
                        if (registry.getType(name).isPresent()) {
                            roots.put(name.toLowerCase(java.util.Locale.ROOT), name);
                        }
                    }
                });
        return roots;
    }

    private static Map<String, Set<String>> objectFields(TypeDefinitionRegistry registry) {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        for (ObjectTypeDefinition type : registry.getTypes(ObjectTypeDefinition.class)) {
            Set<String> names = fields.computeIfAbsent(type.getName(), name -> new LinkedHashSet<>());
            type.getFieldDefinitions().stream().map(FieldDefinition::getName).forEach(names::add);
        }
        registry.objectTypeExtensions().forEach((name, extensions) -> {
            for (ObjectTypeExtensionDefinition extension : extensions) {
                extension.getFieldDefinitions().stream().map(FieldDefinition::getName)
                        .forEach(fields.computeIfAbsent(name, type -> new LinkedHashSet<>())::add);
            }
        });
        return fields;
    }

    @Override
    public Executed execute(GraphQLRequest request, Optional<Identity> identity) {
        ExecutionInput input = ExecutionInput.newExecutionInput(request.query()).operationName(request.operationName())
                .variables(request.variableMap()).graphQLContext(context -> {
                    identity.ifPresent(caller -> context.put(DefaultResolverContext.IDENTITY, caller));
                    if (!introspection) {
                        context.put(Introspection.INTROSPECTION_DISABLED, true);
                    }
                }).build();
        ExecutionResult result = graphQL.execute(input);
        return new Executed(JsonCodec.JSON_P.createObjectBuilder(result.toSpecification()).build().toString(), result.isDataPresent());
    }
}
