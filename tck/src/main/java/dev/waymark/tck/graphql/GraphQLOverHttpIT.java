package dev.waymark.tck.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import jakarta.json.JsonObject;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;

/** GraphQL over HTTP: methods, media types and status codes (GQL-5), and the route's cross-cutting features (GQL-1-1). */
@Area.GraphQL
class GraphQLOverHttpIT {

    private static final String ROUTE = "/books/graphql";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GraphQLDeployments.graphql("gql-http");
    }

    /** A POST query is answered as application/json without Accept, and as graphql-response+json when asked. */
    @Assertion({"GQL-5-1", "GQL-5-2"})
    void postAnswersInTheAcceptedMediaType() {
        Http http = Http.at(base);
        HttpResponse<String> plain = GraphQL.post(http, ROUTE, "{ book(id: \"1\") { title } }");
        assertEquals(200, plain.statusCode(), plain.body());
        assertTrue(plain.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), plain.headers().toString());
        assertEquals("Dune", GraphQL.json(plain).getJsonObject("data").getJsonObject("book").getString("title"));

        HttpResponse<String> modern = GraphQL.post(http, ROUTE, "{ books { id } }", "Accept", GraphQL.RESPONSE_TYPE);
        assertEquals(200, modern.statusCode(), modern.body());
        assertTrue(modern.headers().firstValue("Content-Type").orElse("").startsWith(GraphQL.RESPONSE_TYPE), modern.headers().toString());
        HttpResponse<String> preferred = GraphQL.post(http, ROUTE, "{ books { id } }", "Accept",
                "application/json;q=0.5, " + GraphQL.RESPONSE_TYPE);
        assertTrue(preferred.headers().firstValue("Content-Type").orElse("").startsWith(GraphQL.RESPONSE_TYPE));
    }

    /** GET serves queries with variables; a mutation over GET is 405 with Allow: POST, and POST runs it. */
    @Assertion("GQL-5-1")
    void getServesQueriesOnly() {
        Http http = Http.at(base);
        HttpResponse<String> query = http.send("GET", ROUTE + "?query=" + GraphQL.encode("query Q($id: String) { book(id: $id) { title } }")
                + "&variables=" + GraphQL.encode("{\"id\":\"1\"}"), null);
        assertEquals(200, query.statusCode(), query.body());
        assertEquals("Dune", GraphQL.json(query).getJsonObject("data").getJsonObject("book").getString("title"));

        HttpResponse<String> mutation = GraphQL.get(http, ROUTE, "mutation { addBook(title: \"Over GET\") { id } }");
        Problems.assertProblem(mutation, 405, "method-not-allowed");
        assertEquals("POST", mutation.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> books = GraphQL.post(http, ROUTE, "{ books { title } }");
        assertFalse(books.body().contains("Over GET"), books.body());

        HttpResponse<String> added = GraphQL.post(http, ROUTE, "mutation { addBook(title: \"Hyperion\") { title } }");
        assertEquals("Hyperion", GraphQL.json(added).getJsonObject("data").getJsonObject("addBook").getString("title"));
    }

    /** A document that does not parse or validate is 400 with graphql-response+json, 200 with application/json, with errors and no data. */
    @Assertion("GQL-5-2")
    void documentErrorsFollowTheMediaType() {
        Http http = Http.at(base);
        HttpResponse<String> modern = GraphQL.post(http, ROUTE, "{ books { id ", "Accept", GraphQL.RESPONSE_TYPE);
        assertEquals(400, modern.statusCode(), modern.body());
        JsonObject errors = GraphQL.json(modern);
        assertFalse(errors.containsKey("data"), modern.body());
        assertFalse(errors.getJsonArray("errors").isEmpty());
        HttpResponse<String> legacy = GraphQL.post(http, ROUTE, "{ nosuchfield }", "Accept", "application/json");
        assertEquals(200, legacy.statusCode(), legacy.body());
        assertFalse(GraphQL.json(legacy).getJsonArray("errors").isEmpty(), legacy.body());
        HttpResponse<String> invalid = GraphQL.post(http, ROUTE, "{ nosuchfield }", "Accept", GraphQL.RESPONSE_TYPE);
        assertEquals(400, invalid.statusCode(), invalid.body());
    }

    /** Malformed requests are 4xx problems, and the route keeps serving. */
    @Assertion("GQL-5-1")
    void malformedRequestsAreProblems() {
        Http http = Http.at(base);
        Problems.assertProblem(http.send("POST", ROUTE, "{not json", "Content-Type", "application/json"), 400, "invalid-graphql-request");
        Problems.assertProblem(http.send("POST", ROUTE, "{\"variables\":{}}", "Content-Type", "application/json"), 400,
                "invalid-graphql-request");
        Problems.assertProblem(http.send("POST", ROUTE, "{\"query\":\"{ books { id } }\",\"variables\":[1]}", "Content-Type",
                "application/json"), 400, "invalid-graphql-request");
        Problems.assertProblem(http.send("POST", ROUTE, "{ books { id } }", "Content-Type", "text/plain"), 415, "unsupported-media-type");
        HttpResponse<String> put = http.send("PUT", ROUTE, GraphQL.body("{ books { id } }"), "Content-Type", "application/json");
        Problems.assertProblem(put, 405, "method-not-allowed");
        assertEquals("GET, POST", put.headers().firstValue("Allow").orElse(""));
        Problems.assertProblem(GraphQL.post(http, ROUTE, "{ books { id } }", "Accept", "text/html"), 406, "not-acceptable");
        Problems.assertProblem(http.send("GET", ROUTE + "?query=" + GraphQL.encode("{ books { id } }") + "&variables=%7Bnope", null), 400,
                "invalid-graphql-request");
        assertEquals(200, GraphQL.post(http, ROUTE, "{ books { id } }").statusCode());
    }

    /** A request whose JSON is beyond the JSON limits is refused before it is parsed, saying which limit. */
    @Assertion({"GQL-5-1", "BODY-4-1"})
    void requestsBeyondTheJsonLimitsAreProblems() {
        Http http = Http.at(base);
        String deep = "{\"query\":\"{ books { id } }\",\"variables\":" + "{\"a\":".repeat(200) + "1" + "}".repeat(201);
        String detail = Problems.assertProblem(http.send("POST", ROUTE, deep, "Content-Type", "application/json"), 400,
                "invalid-graphql-request").getString("detail");
        assertTrue(detail.contains("128 levels") && detail.contains("/variables/a/a"), detail);
        String number = "{\"query\":\"{ books { id } }\",\"variables\":{\"n\":" + "9".repeat(1500) + "}}";
        detail = Problems.assertProblem(http.send("POST", ROUTE, number, "Content-Type", "application/json"), 400,
                "invalid-graphql-request").getString("detail");
        assertTrue(detail.contains("1000 characters") && detail.contains("/variables/n"), detail);
        String variables = GraphQL.encode("[".repeat(200) + "]".repeat(200));
        detail = Problems.assertProblem(http.send("GET", ROUTE + "?query=" + GraphQL.encode("{ books { id } }") + "&variables=" + variables,
                null), 400, "invalid-graphql-request").getString("detail");
        assertTrue(detail.contains("variables parameter") && detail.contains("128 levels"), detail);
    }

    /** The API's CORS policy and body limit apply to its GraphQL route. */
    @Assertion("GQL-1-1")
    void theApisCrossCuttingFeaturesApply() {
        Http http = Http.at(base);
        HttpResponse<String> preflight = http.send("OPTIONS", ROUTE, null, "Origin", "https://app.example.test",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "content-type");
        assertEquals("https://app.example.test", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""),
                preflight.headers().toString());
        HttpResponse<String> cors = GraphQL.post(http, ROUTE, "{ books { id } }", "Origin", "https://app.example.test");
        assertEquals("https://app.example.test", cors.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String large = "{ books { id } }" + " ".repeat(5000);
        Problems.assertProblem(GraphQL.post(http, ROUTE, large), 413, "body-too-large");
    }
}
