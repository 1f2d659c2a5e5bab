package dev.waymark.tck.graphql.bad;

import java.util.List;

import dev.waymark.Api;
import dev.waymark.graphql.GraphQLRoute;
import dev.waymark.graphql.Resolver;

/** A resolver whose field the schema does not have. */
@Api(name = "gql-unknown", basePath = "/unknown")
@GraphQLRoute(schema = "dev/waymark/tck/graphql/unresolved.graphql")
public class UnknownResolverRoute {

    @Resolver("Query notes")
    public List<String> notes() {
        return List.of();
    }

    @Resolver("Query forgotten")
    public String forgotten() {
        return "";
    }

    @Resolver("Query nope")
    public String nope() {
        return "";
    }
}
