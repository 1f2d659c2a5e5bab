package dev.waymark.impl.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MediaTypeChoiceTest {

    private static final String GRAPHQL = MediaTypeChoice.GRAPHQL_RESPONSE;
    private static final String JSON = MediaTypeChoice.JSON;

    @Test
    void noAcceptMeansJson() {
        assertEquals(JSON, MediaTypeChoice.choose(null));
        assertEquals(JSON, MediaTypeChoice.choose(" "));
    }

    @Test
    void theNamedTypeWinsOverWildcards() {
        assertEquals(GRAPHQL, MediaTypeChoice.choose(GRAPHQL));
        assertEquals(JSON, MediaTypeChoice.choose("application/json"));
        assertEquals(JSON, MediaTypeChoice.choose("*/*"));
        assertEquals(JSON, MediaTypeChoice.choose("application/*"));
        assertEquals(GRAPHQL, MediaTypeChoice.choose("application/graphql-response+json, */*"));
        assertEquals(JSON, MediaTypeChoice.choose("application/json, */*;q=0.8"));
    }

    @Test
    void qualityDecidesAndTiesGoToTheGraphQLType() {
        assertEquals(GRAPHQL, MediaTypeChoice.choose("application/json;q=0.5, application/graphql-response+json"));
        assertEquals(JSON, MediaTypeChoice.choose("application/json, application/graphql-response+json;q=0.9"));
        assertEquals(GRAPHQL, MediaTypeChoice.choose("application/json, application/graphql-response+json"));
        assertEquals(GRAPHQL, MediaTypeChoice.choose("APPLICATION/GRAPHQL-RESPONSE+JSON; charset=utf-8"));
    }

    @Test
    void neitherAcceptableIsNull() {
        assertNull(MediaTypeChoice.choose("text/html"));
        assertNull(MediaTypeChoice.choose("application/json;q=0, text/html"));
        assertEquals(GRAPHQL, MediaTypeChoice.choose("application/json;q=bogus, application/*;q=0.1"));
    }
}
