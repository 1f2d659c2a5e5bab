package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentDispositionTest {

    @Test
    void readsNameAndFileName() {
        assertEquals(new ContentDisposition("file", Optional.of("a b.txt")),
                ContentDisposition.parse("form-data; name=\"file\"; filename=\"a b.txt\""));
    }

    @Test
    void fieldHasNoFileName() {
        assertEquals(new ContentDisposition("title", Optional.empty()), ContentDisposition.parse("Form-Data;name=title"));
    }

    @Test
    void quotedStringsKeepSemicolonsAndUnescape() {
        assertEquals(new ContentDisposition("a;b", Optional.of("say \"hi\".txt")),
                ContentDisposition.parse("form-data; name=\"a;b\"; filename=\"say \\\"hi\\\".txt\""));
    }

    @Test
    void extendedFileNameWins() {
        assertEquals(Optional.of("grüße.txt"),
                ContentDisposition.parse("form-data; name=f; filename=\"gruesse.txt\"; filename*=UTF-8''gr%C3%BC%C3%9Fe.txt").fileName());
    }

    @Test
    void directoriesAreRemovedFromFileNames() {
        assertEquals(Optional.of("passwd"), ContentDisposition.parse("form-data; name=f; filename=\"../../etc/passwd\"").fileName());
        assertEquals(Optional.of("cat.png"), ContentDisposition.parse("form-data; name=f; filename=\"C:\\\\photos\\\\cat.png\"").fileName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"attachment; name=x", "form-data", "form-data; filename=a.txt", "form-data; name=\"open",
        "form-data; name=f; filename*=nonsense"})
    void malformedDispositionsAreInvalidBodies(String value) {
        ProblemException e = assertThrows(ProblemException.class, () -> ContentDisposition.parse(value));
        assertEquals(Problem.TYPE_BASE + "invalid-body", e.problem().type());
    }

    @Test
    void missingDispositionIsInvalidBody() {
        assertThrows(ProblemException.class, () -> ContentDisposition.parse(null));
    }

    @Test
    void controlCharactersAreRemovedFromFileNames() {
        assertEquals(Optional.of("evil.txt"),
                ContentDisposition.parse("form-data; name=f; filename=\"e\u0000v\u001Fil.txt\u007F\u0085\"").fileName());
        assertEquals(Optional.of("a b.txt"), ContentDisposition.parse("form-data; name=f; filename*=UTF-8''a%00%09%20b%7F.txt").fileName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"form-data; name=f; filename*=UTF-8''%+1", "form-data; name=f; filename*=UTF-8''%\uFF12\uFF10"})
    void extendedFileNamesNeedAsciiHexadecimalEscapes(String value) {
        assertThrows(ProblemException.class, () -> ContentDisposition.parse(value));
    }
}
