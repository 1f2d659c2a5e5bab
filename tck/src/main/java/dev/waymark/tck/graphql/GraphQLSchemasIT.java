package dev.waymark.tck.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import jakarta.json.JsonObject;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Http;

/** Code-first and schema-first schemas, resolver tables, limits and introspection (GQL-2, GQL-3-1, GQL-5-3, GQL-5-4). */
@Area.GraphQL
class GraphQLSchemasIT {

    private static final String KEY = "X-Api-Key";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GraphQLDeployments.graphql("gql-schemas");
    }

    /** The code-first schema of the @GraphQLApi beans, introspectable by default. */
    @Assertion("GQL-2-1")
    void codeFirstServesTheGraphQLApiBeans() {
        Http http = Http.at(base);
        JsonObject added = GraphQL.json(GraphQL.post(http, "/books/graphql", "mutation { addBook(title: \"Ubik\") { id title } }"));
        String id = added.getJsonObject("data").getJsonObject("addBook").getString("id");
        JsonObject found = GraphQL.json(GraphQL.post(http, "/books/graphql", "{ book(id: \"" + id + "\") { title } }"));
        assertEquals("Ubik", found.getJsonObject("data").getJsonObject("book").getString("title"));
        JsonObject schema = GraphQL.json(GraphQL.post(http, "/books/graphql", "{ __schema { queryType { name } } }"));
        assertEquals("Query", schema.getJsonObject("data").getJsonObject("__schema").getJsonObject("queryType").getString("name"));
    }

    /** @Resolver methods resolve root and nested fields with their arguments; the caller's identity reaches them. */
    @Assertion("GQL-3-1")
    void resolverMethodsResolveTheSchema() {
        Http http = Http.at(base);
        HttpResponse<String> response = GraphQL.post(http, "/notes/graphql", "{ note(id: \"1\") { text related { id } } whoami }", KEY,
                "key-alice");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject data = GraphQL.json(response).getJsonObject("data");
        assertEquals("first", data.getJsonObject("note").getString("text"));
        assertTrue(data.getJsonObject("note").getJsonArray("related").size() >= 1, response.body());
        assertEquals("alice", data.getString("whoami"));
        JsonObject added = GraphQL.json(GraphQL.post(http, "/notes/graphql", "mutation { addNote(text: \"third\") { id text } }", KEY,
                "key-bob"));
        assertEquals("third", added.getJsonObject("data").getJsonObject("addNote").getString("text"));
    }

    /** The route's authorizer guards it like any route. */
    @Assertion("GQL-1-1")
    void theRoutesAuthorizerGuardsIt() {
        Http http = Http.at(base);
        assertEquals(401, GraphQL.post(http, "/notes/graphql", "{ whoami }").statusCode());
        assertEquals(403, GraphQL.post(http, "/notes/graphql", "{ whoami }", KEY, "key-mallory").statusCode());
    }

    /** A resolver's failure is an error naming the field, without a stack trace; the rest of the data stays. */
    @Assertion("GQL-3-1")
    void resolverFailuresAreFieldErrors() {
        Http http = Http.at(base);
        HttpResponse<String> response = GraphQL.post(http, "/notes/graphql", "mutation { addNote(text: \" \") { id } }", KEY, "key-alice");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("addNote"), response.body());
        assertTrue(!response.body().contains("at dev.waymark") && !response.body().contains("Exception:"), response.body());
    }

    /** A route table's GraphQL route serves the same schema, with introspection turned off. */
    @Assertion({"GQL-1-2", "GQL-5-4"})
    void tablesServeSchemaFirstRoutes() {
        Http http = Http.at(base);
        JsonObject notes = GraphQL.json(GraphQL.post(http, "/table/graphql", "{ notes { id } whoami }"));
        assertTrue(notes.getJsonObject("data").getJsonArray("notes").size() >= 2, notes.toString());
        assertEquals("nobody", notes.getJsonObject("data").getString("whoami"));
        HttpResponse<String> introspection = GraphQL.post(http, "/table/graphql", "{ __schema { queryType { name } } }", "Accept",
                GraphQL.RESPONSE_TYPE);
        assertEquals(400, introspection.statusCode(), introspection.body());
        assertTrue(introspection.body().toLowerCase(Locale.ROOT).contains("introspection"), introspection.body());
    }

    /** A query deeper than the route's maxDepth is refused before it runs. */
    @Assertion("GQL-5-3")
    void deepQueriesAreRefused() {
        Http http = Http.at(base);
        assertEquals(200, GraphQL.post(http, "/notes/graphql", "{ notes { related { id } } }", KEY, "key-alice").statusCode());
        HttpResponse<String> deep = GraphQL.post(http, "/notes/graphql", "{ notes { related { related { related { id } } } } }", KEY,
                "key-alice", "Accept", GraphQL.RESPONSE_TYPE);
        assertEquals(400, deep.statusCode(), deep.body());
        assertTrue(deep.body().contains("depth"), deep.body());
    }
}
