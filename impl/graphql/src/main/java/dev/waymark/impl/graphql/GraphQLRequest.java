package dev.waymark.impl.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import dev.waymark.ApiRequest;
import dev.waymark.impl.http.JsonCodec;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.impl.http.JsonRefusal;
import dev.waymark.impl.http.Problem;
import dev.waymark.impl.http.ProblemException;

/**
 * The parameters of a GraphQL-over-HTTP request [GQL-5-1], from the query string of a {@code GET}
 * or the JSON body of a {@code POST}.
 *
 * @param json the request as the JSON object GraphQL engines take: {@code query},
 *        {@code operationName}, {@code variables}, {@code extensions}
 * @param query the document
 * @param operationName the operation to run, or null
 */
record GraphQLRequest(JsonObject json, String query, String operationName) {

    /**
     * Reads a {@code GET} request's query string.
     *
     * @param request the request
     * @param limits the limits of the JSON parameters
     * @return the parameters
     * @throws ProblemException 400 if a parameter is missing, or not JSON within the limits where JSON is required
     */
    static GraphQLRequest fromQuery(ApiRequest request, JsonLimits limits) {
        JsonObjectBuilder json = JsonCodec.JSON_P.createObjectBuilder();
        String query = request.query("query").orElse(null);
        if (query != null) {
            json.add("query", query);
        }
        request.query("operationName").filter(name -> !name.isEmpty()).ifPresent(name -> json.add("operationName", name));
        for (String name : new String[] {"variables", "extensions"}) {
            String text = request.query(name).filter(value -> !value.isEmpty()).orElse(null);
            if (text != null) {
                json.add(name, parseObject(text.getBytes(StandardCharsets.UTF_8), name + " parameter", limits));
            }
        }
        return of(json.build());
    }

    /**
     * Reads a {@code POST} request's JSON body.
     *
     * @param body the body
     * @param limits the limits of the body
     * @return the parameters
     * @throws ProblemException 400 if the body is not a JSON object of GraphQL parameters within the limits
     */
    static GraphQLRequest fromBody(byte[] body, JsonLimits limits) {
        return of(parseObject(body, "body", limits));
    }

    private static GraphQLRequest of(JsonObject json) {
        JsonValue query = json.get("query");
        if (query == null || query.getValueType() == JsonValue.ValueType.NULL) {
            throw invalid("The request has no query; send {\"query\": \"{ ... }\"}");
        }
        if (query.getValueType() != JsonValue.ValueType.STRING) {
            throw invalid("The query must be a string");
        }
        String operationName = null;
        JsonValue operation = json.get("operationName");
        if (operation != null && operation.getValueType() != JsonValue.ValueType.NULL) {
            if (operation.getValueType() != JsonValue.ValueType.STRING) {
                throw invalid("The operationName must be a string");
            }
            operationName = json.getString("operationName");
        }
        for (String name : new String[] {"variables", "extensions"}) {
            JsonValue value = json.get(name);
            if (value != null && value.getValueType() != JsonValue.ValueType.NULL && value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid("The " + name + " must be a JSON object");
            }
        }
        return new GraphQLRequest(json, json.getString("query"), operationName);
    }

    /**
     * The variables.
     *
     * @return the variables object, empty if there are none
     */
    JsonObject variables() {
        JsonValue value = json.get("variables");
        return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    private static JsonObject parseObject(byte[] json, String noun, JsonLimits limits) {
        JsonValue value;
        try {
            value = (JsonValue) JsonCodec.read(json, JsonValue.class, limits, noun);
        } catch (JsonRefusal e) {
            throw invalid(e.getMessage());
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid("The " + noun + " must be a JSON object");
        }
        return value.asJsonObject();
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(Problem.invalidGraphQLRequest(detail));
    }

    /**
     * The variables as plain Java values, for graphql-java.
     *
     * @return name to value
     */
    Map<String, Object> variableMap() {
        return JsonValues.toJava(variables());
    }
}
