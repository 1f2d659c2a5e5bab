package dev.waymark.impl.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.waymark.BodyLimit;
import dev.waymark.RouteOptions;
import dev.waymark.RouteTimeout;
import dev.waymark.impl.config.ConfigKey;

class RouteSettingTest {

    private static final Path SPEC = Path.of("..", "..", "site", "src", "main", "asciidoc", "spec.adoc");
    private static final Pattern LITERAL = Pattern.compile("`([^`]+)`");

    @Test
    void theSpecificationsTableDescribesEverySettingAndNoOther() throws IOException {
        Map<String, String[]> rows = settingsTable();
        assertEquals(RouteSetting.all().stream().map(RouteSetting::name).toList(), List.copyOf(rows.keySet()),
                "the settings of RouteSetting and the rows of the specification's table, in order");
        List<String> wrong = new ArrayList<>();
        for (RouteSetting<?> setting : RouteSetting.all()) {
            String[] row = rows.get(setting.name());
            for (String declared : setting.annotations()) {
                if (!row[2].contains("`" + declared + "`")) {
                    wrong.add(setting + ": the method column does not name " + declared);
                }
            }
            for (String option : setting.optionNames()) {
                if (!row[2].contains("`" + option + "`")) {
                    wrong.add(setting + ": the method column does not name RouteOptions." + option);
                }
            }
            List<String> keys = literals(row[4]);
            List<String> expected = setting.configKey().map(key -> List.of(key.name())).orElse(List.of());
            if (!keys.equals(expected)) {
                wrong.add(setting + ": the configuration column names " + keys + ", the setting " + expected);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theTablesDefaultsAreTheBuiltInValuesReadAsConfiguration() throws IOException {
        Map<String, String[]> rows = settingsTable();
        for (RouteSetting<?> setting : RouteSetting.all()) {
            List<String> defaults = literals(rows.get(setting.name())[1]);
            if (setting.configKey().isEmpty() || defaults.size() != 1) {
                continue;
            }
            ConfigKey<?> key = setting.configKey().get();
            System.setProperty(key.name(), defaults.get(0));
            try {
                assertEquals(setting.builtIn(), setting.fromConfiguration(), setting.name());
            } finally {
                System.clearProperty(key.name());
            }
        }
    }

    @Test
    void theMostSpecificLevelWinsAndUnsetOnesInherit() throws Exception {
        @BodyLimit("2mb")
        @RouteTimeout("5s")
        class Api {
            @BodyLimit("10kb")
            public void route() {
            }
        }
        RouteSettings api = RouteSettings.declaredBy(Api.class, "Api").apply(RouteSettings.DEFAULTS);
        RouteSettings route = RouteSettings.declaredBy(Api.class.getMethod("route"), "Api#route").apply(api);
        assertEquals(10L * 1024, route.bodyLimit());
        assertEquals(5_000, route.timeoutMillis());
        assertEquals(4L * 1024 * 1024, route.responseLimit());
        RouteSettings options = RouteSettings.declaredBy(RouteOptions.defaults().timeout("none"), "GET /x").apply(route);
        assertEquals(Long.MAX_VALUE, options.timeoutMillis());
        assertEquals(10L * 1024, options.bodyLimit());
    }

    @Test
    void aConfiguredValueIsTheDefaultOfRoutesThatDeclareNone() {
        System.setProperty("waymark.body.limit", "3kb");
        try {
            assertEquals(3L * 1024, RouteSettings.defaults().bodyLimit());
        } finally {
            System.clearProperty("waymark.body.limit");
        }
        assertEquals(RouteSettings.DEFAULTS, RouteSettings.defaults());
    }

    /** The rows of the specification's table of route settings, by setting: the cells of each. */
    private static Map<String, String[]> settingsTable() throws IOException {
        String spec = Files.readString(SPEC, StandardCharsets.UTF_8);
        int section = spec.indexOf("[[settings]]");
        int start = spec.indexOf("|===", section);
        String table = spec.substring(start + 4, spec.indexOf("|===", start + 4));
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : table.split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| Setting")) {
                continue;
            }
            String[] cells = (line + " ").split("\\|");
            String[] row = new String[5];
            for (int i = 0; i < 5; i++) {
                row[i] = i + 1 < cells.length ? cells[i + 1].strip() : "";
            }
            rows.put(row[0], row);
        }
        assertTrue(rows.size() > 5, "the table of route settings was not found in " + SPEC);
        return rows;
    }

    private static List<String> literals(String cell) {
        List<String> literals = new ArrayList<>();
        Matcher literal = LITERAL.matcher(cell);
        while (literal.find()) {
            literals.add(literal.group(1));
        }
        return literals;
    }
}
