package dev.waymark.impl.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.waymark.ApiDeploymentException;

class RouteKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GET /notes/{id}          | GET | /notes/{id}",
        "GET    /notes/[id]       | GET | /notes/{id}",
        "ANY /files/{path+}       | ANY | /files/{path+}",
        "GET /files/[...path]     | GET | /files/{path+}",
        "GET /docs/{slug*}        | GET | /docs/{slug*}",
        "GET /docs/[[...slug]]    | GET | /docs/{slug*}",
        "POST /                   | POST | /",
        "DELETE /a:b/c;d/@e       | DELETE | /a:b/c;d/@e"})
    void parsesEveryPathFormToItsCanonicalForm(String key, String method, String path) {
        RouteKey parsed = RouteKey.parse(key);
        assertEquals(method, parsed.method());
        assertEquals(path, parsed.path());
    }

    @Test
    void parsesDefault() {
        assertTrue(RouteKey.parse("  $default ").isDefault());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''                      | the key is empty",
        "/notes                  | the method is missing",
        "get /notes              | methods are upper case: GET",
        "FETCH /notes            | unknown method 'FETCH'",
        "GET notes               | must start with '/'",
        "GET /notes/             | ends with '/'",
        "GET /a//b               | empty segment",
        "GET /a/{path+}/b        | must be the last segment",
        "GET /a/[[...p]]/b       | must be the last segment",
        "GET /a/{id}/{id}        | used twice",
        "GET /a/{1d}             | invalid name '1d'",
        "GET /a/{}               | invalid name ''",
        "GET /a/note-{id}        | a parameter must be a whole segment",
        "GET /a/{id}.json        | a parameter must be a whole segment",
        "GET /a/%2F              | contains '%'",
        "GET /a/..               | dot-segment",
        "GET /a b                | white space"})
    void rejectsInvalidKeysSayingWhy(String key, String reason) {
        ApiDeploymentException e = assertThrows(ApiDeploymentException.class, () -> RouteKey.parse(key));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(e.getMessage().contains("'" + key + "'"), e.getMessage());
    }

    @Test
    void basePathIsLiteralSegmentsWithoutTrailingSlash() {
        assertEquals(List.of("api", "v1"), RouteKey.parseBasePath("/api/v1/"));
        assertEquals(List.of(), RouteKey.parseBasePath("/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"api", "/api/{id}", "/a//b"})
    void rejectsInvalidBasePaths(String basePath) {
        assertThrows(ApiDeploymentException.class, () -> RouteKey.parseBasePath(basePath));
    }
}
