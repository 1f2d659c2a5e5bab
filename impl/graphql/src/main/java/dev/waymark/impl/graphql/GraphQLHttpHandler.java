package dev.waymark.impl.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.ws.rs.core.Response;

import dev.waymark.ApiRequest;
import dev.waymark.ApiResponse;
import dev.waymark.Handler;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.impl.http.Problem;
import dev.waymark.impl.http.ProblemException;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;

/**
 * GraphQL over HTTP [GQL-5]: {@code GET} for queries (a mutation over {@code GET} is refused with
 * 405 and {@code Allow: POST}), {@code POST} with a JSON body, the response in
 * {@code application/graphql-response+json} or {@code application/json} as {@code Accept} asks,
 * and the statuses the GraphQL-over-HTTP specification gives: with
 * {@code application/graphql-response+json}, 200 if the response has data and 400 if the request
 * failed before execution; with {@code application/json}, 200 for every well-formed request.
 * Malformed requests are 4xx problems. It needs nothing of a JAX-RS container, so the embedded
 * runtime serves it straight from its HTTP server.
 */
final class GraphQLHttpHandler implements Handler {

    private final GraphQLExecutor executor;
    private final JsonLimits jsonLimits;

    GraphQLHttpHandler(GraphQLExecutor executor, JsonLimits jsonLimits) {
        this.executor = executor;
        this.jsonLimits = jsonLimits;
    }

    @Override
    public Object handle(ApiRequest request, ApiResponse response) {
        String method = request.method();
        if (!method.equals("GET") && !method.equals("POST")) {
            return problem(Problem.methodNotAllowed("A GraphQL route serves GET (queries) and POST, not " + method), request, "GET, POST");
        }
        String mediaType = MediaTypeChoice.choose(request.header("Accept").orElse(null));
        if (mediaType == null) {
            return problem(Problem.notAcceptable("A GraphQL route answers " + MediaTypeChoice.GRAPHQL_RESPONSE + " or "
                    + MediaTypeChoice.JSON + ", which Accept does not allow"), request, null);
        }
        GraphQLRequest graphql;
        try {
            if (method.equals("GET")) {
                graphql = GraphQLRequest.fromQuery(request, jsonLimits);
                if (mutates(graphql)) {
                    return problem(Problem.methodNotAllowed("A GraphQL mutation is sent with POST, not GET"), request, "POST");
                }
            } else {
                String contentType = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
                if (!contentType.startsWith(MediaTypeChoice.JSON)) {
                    return problem(Problem.unsupportedMediaType("A GraphQL POST has a JSON body: Content-Type: application/json"
                            + (contentType.isEmpty() ? "" : ", not " + contentType)), request, null);
                }
                graphql = GraphQLRequest.fromBody(request.body(), jsonLimits);
            }
        } catch (ProblemException e) {
            return problem(e.problem(), request, null);
        }
        GraphQLExecutor.Executed executed = executor.execute(graphql, request.identity());
        int status = mediaType.equals(MediaTypeChoice.GRAPHQL_RESPONSE) && !executed.dataPresent() ? 400 : 200;
        return Response.status(status).header("Content-Type", mediaType + ";charset=utf-8")
                .entity(executed.json().getBytes(StandardCharsets.UTF_8)).build();
    }

    /** Whether the operation a {@code GET} selects is a mutation (or a subscription, which HTTP does not serve). */
    private static boolean mutates(GraphQLRequest request) {
        Document document;
        try {
            document = Parser.parse(request.query());
        } catch (InvalidSyntaxException e) {
            return false;
        }
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (request.operationName() == null || request.operationName().equals(operation.getName())) {
                if (operation.getOperation() != OperationDefinition.Operation.QUERY) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Response problem(Problem problem, ApiRequest request, String allow) {
        Response.ResponseBuilder answer = Response.fromResponse(problem.toResponse(request.path()));
        return allow == null ? answer.build() : answer.header("Allow", allow).build();
    }
}
