package dev.waymark.tck.graphql.bad;

import java.util.List;

import dev.waymark.Api;
import dev.waymark.graphql.GraphQLRoute;
import dev.waymark.graphql.Resolver;

/** A schema whose root field {@code Query forgotten} has no resolver. */
@Api(name = "gql-unresolved", basePath = "/unresolved")
@GraphQLRoute(schema = "dev/waymark/tck/graphql/unresolved.graphql")
public class UnresolvedFieldRoute {

    @Resolver("Query notes")
    public List<String> notes() {
        return List.of();
    }
}
