package dev.waymark.impl.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.waymark.ApiDeploymentException;

/**
 * Checks the trie against a plain reference: a linear scan that applies the precedence rules as
 * the specification words them, over many random route tables and requests.
 */
class RouterReferenceTest {

    private static final String[] LITERALS = {"a", "b", "c"};
    private static final String[] METHODS = {"GET", "POST", "DELETE", "ANY", "HEAD", "OPTIONS"};
    private static final String[] REQUEST_METHODS = {"GET", "POST", "DELETE", "HEAD", "OPTIONS", "PATCH"};

    @Test
    void trieAgreesWithALinearReferenceOnRandomTables() {
        Random random = new Random(20261122L);
        int compared = 0;
        for (int table = 0; table < 300; table++) {
            List<Route<String>> routes = randomRoutes(random);
            Router<String> router;
            try {
                router = Router.of(routes);
            } catch (ApiDeploymentException clash) {
                continue;
            }
            for (int request = 0; request < 60; request++) {
                List<String> segments = randomSegments(random);
                String method = REQUEST_METHODS[random.nextInt(REQUEST_METHODS.length)];
                assertEquals(reference(routes, method, segments), describe(router.match(method, segments)),
                        () -> method + " /" + String.join("/", segments) + " with " + routes.stream().map(Route::handler).toList());
                compared++;
            }
        }
        assertEquals(true, compared > 10_000, "compared " + compared);
    }

    private static List<Route<String>> randomRoutes(Random random) {
        List<Route<String>> routes = new ArrayList<>();
        Set<String> shapes = new HashSet<>();
        int count = 1 + random.nextInt(12);
        while (routes.size() < count) {
            String key;
            List<String> base = List.of();
            if (random.nextInt(10) == 0) {
                key = RouteKey.DEFAULT;
                base = random.nextBoolean() ? List.of() : List.of(LITERALS[random.nextInt(LITERALS.length)]);
            } else {
                StringBuilder path = new StringBuilder();
                int length = random.nextInt(4);
                for (int i = 0; i < length; i++) {
                    int kind = random.nextInt(10);
                    boolean last = i == length - 1;
                    if (last && kind == 8) {
                        path.append("/{g+}");
                    } else if (last && kind == 9) {
                        path.append("/{o*}");
                    } else if (kind < 3) {
                        path.append("/{p").append(i).append('}');
                    } else {
                        path.append('/').append(LITERALS[random.nextInt(LITERALS.length)]);
                    }
                }
                key = METHODS[random.nextInt(METHODS.length)] + " " + (path.length() == 0 ? "/" : path);
            }
            RouteKey parsed = RouteKey.parse(key);
            String shape = parsed.isDefault() ? "$default " + base : parsed.method() + " " + parsed.path().replaceAll("\\{p\\d}", "{}");
            if (shapes.add(shape)) {
                routes.add(new Route<>(parsed.under(base), key, "api", base, key + (parsed.isDefault() ? " " + base : ""), key));
            }
        }
        return routes;
    }

    private static List<String> randomSegments(Random random) {
        List<String> segments = new ArrayList<>();
        int length = random.nextInt(5);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(LITERALS.length + 2);
            segments.add(pick < LITERALS.length ? LITERALS[pick] : pick == LITERALS.length ? "x" : "");
        }
        return segments;
    }

    private static String describe(RouteMatch<String> match) {
        return match.outcome() == RouteMatch.Outcome.ROUTE ? match.route().handler() : match.outcome() + " " + match.allowed();
    }

    /** The specification's rules, applied by brute force. */
    private static String reference(List<Route<String>> routes, String method, List<String> segments) {
        List<Route<String>> pathMatches = routes.stream()
                .filter(route -> !route.key().isDefault() && signature(route.key(), segments) != null).toList();
        Comparator<Route<String>> bySpecificity = Comparator
                .comparing((Route<String> route) -> signature(route.key(), segments), RouterReferenceTest::compareSignatures)
                .thenComparingInt(route -> methodRank(route.key().method(), method));
        Route<String> best = pathMatches.stream()
                .filter(route -> methodRank(route.key().method(), method) < Integer.MAX_VALUE)
                .min(bySpecificity).orElse(null);
        if (best != null) {
            return best.handler();
        }
        Set<String> allowed = new TreeSet<>();
        for (Route<String> route : pathMatches) {
            String declared = route.key().method();
            if (declared.equals(RouteKey.ANY)) {
                allowed.addAll(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
            } else {
                allowed.add(declared);
                if (declared.equals("GET")) {
                    allowed.add("HEAD");
                }
            }
        }
        if (method.equals("OPTIONS") && !allowed.isEmpty()) {
            allowed.add("OPTIONS");
            return "AUTOMATIC_OPTIONS " + allowed;
        }
        Route<String> fallback = routes.stream()
                .filter(route -> route.key().isDefault() && segments.size() >= route.basePath().size()
                        && segments.subList(0, route.basePath().size()).equals(route.basePath()))
                .max(Comparator.comparingInt(route -> route.basePath().size())).orElse(null);
        if (fallback != null) {
            return fallback.handler();
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
            return "METHOD_NOT_ALLOWED " + allowed;
        }
        return "NOT_FOUND []";
    }

    /** How well a route takes a method: exact, then GET for HEAD, then ANY (never for OPTIONS). */
    private static int methodRank(String declared, String method) {
        if (declared.equals(method)) {
            return 0;
        }
        if (method.equals("HEAD") && declared.equals("GET")) {
            return 1;
        }
        return declared.equals(RouteKey.ANY) && !method.equals("OPTIONS") ? 2 : Integer.MAX_VALUE;
    }

    /** The kinds the key uses for each request segment, or null if the path does not match. */
    private static List<Integer> signature(RouteKey key, List<String> segments) {
        List<Integer> kinds = new ArrayList<>();
        List<SegmentPattern> patterns = key.segments();
        for (int i = 0; i < patterns.size(); i++) {
            SegmentPattern pattern = patterns.get(i);
            switch (pattern.kind()) {
                case LITERAL, PARAM -> {
                    if (i >= segments.size()) {
                        return null;
                    }
                    boolean ok = pattern.kind() == SegmentPattern.Kind.LITERAL
                            ? pattern.value().equals(segments.get(i)) : !segments.get(i).isEmpty();
                    if (!ok) {
                        return null;
                    }
                    kinds.add(pattern.kind().ordinal() + 1);
                }
                case GREEDY, OPTIONAL -> {
                    int rest = segments.size() - i;
                    if (rest < 0 || (pattern.kind() == SegmentPattern.Kind.GREEDY && rest < 1)) {
                        return null;
                    }
                    kinds.add(pattern.kind().ordinal() + 1);
                    return kinds;
                }
                default -> throw new IllegalStateException();
            }
        }
        return patterns.size() == segments.size() ? kinds : null;
    }

    /** Lexicographic, a signature that ends before another sorting first. */
    private static int compareSignatures(List<Integer> left, List<Integer> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int byKind = Integer.compare(left.get(i), right.get(i));
            if (byKind != 0) {
                return byKind;
            }
        }
        return Integer.compare(left.size(), right.size());
    }
}
