package dev.waymark.impl.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @Test
    void decodesEachSegmentExactlyOnce() {
        assertEquals(List.of("a/b", "%41", "é"), RequestPath.segments("/a%2Fb/%2541/%C3%A9"));
    }

    @Test
    void ignoresOneTrailingSlashAndKeepsInnerEmptySegments() {
        assertEquals(List.of("notes"), RequestPath.segments("/notes/"));
        assertEquals(List.of("a", "", "b"), RequestPath.segments("/a//b"));
        assertEquals(List.of(), RequestPath.segments("/"));
    }

    @Test
    void keepsSemicolonsAndPlusSignsInTheSegment() {
        assertEquals(List.of("a;b=c", "x+y"), RequestPath.segments("/a;b=c/x+y"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a/../b", "/a/%2E%2E/b", "/a/%2e", "/%C0%AE%C0%AE/x", "/a/%ZZ", "/a/%4", "/a/%FF", "/a%00b"})
    void refusesDotSegmentsBadEncodingsAndControlCharacters(String path) {
        assertThrows(RequestPath.InvalidPathException.class, () -> RequestPath.segments(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/a%\uFF12\uFF26b", "/%\u0662\u0665", "/%\u00B2F"})
    void refusesEscapesWhoseDigitsAreNotAsciiHexadecimal(String path) {
        assertThrows(RequestPath.InvalidPathException.class, () -> RequestPath.segments(path));
    }
}
