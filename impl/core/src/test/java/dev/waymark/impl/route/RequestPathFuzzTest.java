package dev.waymark.impl.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;

class RequestPathFuzzTest {

    private static final Router<String> ROUTER = Router.of(List.of(
            new Route<>(RouteKey.parse("GET /{first}"), "GET /{first}", "fuzz", List.of(), "one", "one"),
            new Route<>(RouteKey.parse("GET /{first}/{rest+}"), "GET /{first}/{rest+}", "fuzz", List.of(), "many", "many")));

    @FuzzTest(maxDuration = "10m")
    void anyPathDecodesEachSegmentOnceOrIsRefused(byte[] input) {
        String raw = new String(input, StandardCharsets.UTF_8);
        List<String> segments;
        try {
            segments = RequestPath.segments(raw);
        } catch (RequestPath.InvalidPathException e) {
            assertFalse(e.getMessage().isBlank());
            return;
        }
        boolean encodedSlash = raw.toUpperCase(Locale.ROOT).contains("%2F");
        boolean encodedPercent = raw.contains("%25");
        for (String segment : segments) {
            assertTrue(encodedSlash || segment.indexOf('/') < 0, () -> "'" + raw + "' gave the segment '" + segment + "'");
            assertTrue(encodedPercent || segment.indexOf('%') < 0, () -> "'" + raw + "' gave the segment '" + segment + "'");
            assertFalse(segment.equals(".") || segment.equals(".."), raw);
            assertTrue(segment.chars().noneMatch(Character::isISOControl), raw);
        }
        if (segments.isEmpty()) {
            return;
        }
        RouteMatch<String> match = ROUTER.match("GET", segments);
        if (match.outcome() != RouteMatch.Outcome.ROUTE) {
            assertTrue(segments.contains(""), () -> "'" + raw + "' matched no route: " + match.outcome());
            return;
        }
        PathParameters parameters = match.parameters();
        assertEquals(segments.get(0), parameters.value("first"));
        assertEquals(segments.subList(1, segments.size()), parameters.segments("rest"));
        assertEquals(segments.size() == 1 ? null : String.join("/", segments.subList(1, segments.size())), parameters.value("rest"));
    }
}
