package dev.waymark.impl.graphql;

import java.util.Locale;

/**
 * The media type of a GraphQL response, chosen from the request's {@code Accept} [GQL-5-2]:
 * {@code application/graphql-response+json} or {@code application/json}, by quality; a tie goes to
 * the one named, {@code application/graphql-response+json} if both are; no {@code Accept} means
 * {@code application/json}.
 */
final class MediaTypeChoice {

    /** The GraphQL response media type of GraphQL over HTTP. */
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    /** The legacy JSON media type. */
    static final String JSON = "application/json";

    private MediaTypeChoice() {
    }

    /**
     * Chooses.
     *
     * @param accept the {@code Accept} header, or null
     * @return the media type, or null if the client accepts neither
     */
    static String choose(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        double graphql = -1;
        double json = -1;
        int graphqlRank = 0;
        int jsonRank = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            int rank = type.equals("*/*") ? 1 : type.equals("application/*") ? 2 : 3;
            if ((type.equals(GRAPHQL_RESPONSE) || rank < 3) && (rank > graphqlRank || rank == graphqlRank && quality > graphql)) {
                graphql = quality;
                graphqlRank = rank;
            }
            if ((type.equals(JSON) || rank < 3) && (rank > jsonRank || rank == jsonRank && quality > json)) {
                json = quality;
                jsonRank = rank;
            }
        }
        if (graphql <= 0 && json <= 0) {
            return null;
        }
        if (graphql > json) {
            return GRAPHQL_RESPONSE;
        }
        if (json > graphql) {
            return JSON;
        }
        return graphqlRank == 3 ? GRAPHQL_RESPONSE : JSON;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
