package dev.waymark.impl.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.waymark.ApiDeploymentException;

class ConfigKeysTest {

    private static final Path GUIDE = Path.of("..", "..", "site", "src", "main", "asciidoc", "index.adoc");
    private static final Pattern KEY = Pattern.compile("`(waymark\\.[^`]+)`");
    private static final Pattern ONE_LITERAL = Pattern.compile("`([^`]+)`");

    @AfterEach
    void clear() {
        System.clearProperty(ConfigKeys.PORT.name());
        System.clearProperty(ConfigKeys.GRAPHQL_INTROSPECTION.name());
        System.clearProperty(ConfigKeys.ACCESS_LOG_MAX_FILES.name());
    }

    @Test
    void theGuidesTableListsEveryKeyAndNoOther() throws IOException {
        Map<String, String> documented = configurationTable();
        assertEquals(new TreeSet<>(ConfigKeys.names()), new TreeSet<>(documented.keySet()),
                "the keys of ConfigKeys and those of the guide's configuration table");
    }

    @Test
    void theGuidesDefaultsAreTheKeysDefaults() throws Exception {
        Map<String, String> documented = configurationTable();
        List<String> wrong = new ArrayList<>();
        for (ConfigKey<?> key : keys()) {
            String cell = documented.get(key.name());
            Matcher literal = ONE_LITERAL.matcher(cell);
            if (key.defaultValue() == null) {
                continue;
            }
            if (!literal.matches() || !key.parse(literal.group(1)).equals(key.defaultValue())) {
                wrong.add(key.name() + ": the guide says " + cell + ", the default is " + key.defaultValue());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aBadValueFailsNamingTheKeyTheValueAndWhatWasExpected() {
        System.setProperty(ConfigKeys.PORT.name(), "eighty");
        assertEquals("Waymark API deployment error: Invalid configuration waymark.port=eighty: expected a whole number from 0 to 65535",
                assertThrows(ApiDeploymentException.class, ConfigKeys.PORT::get).getMessage());
        System.setProperty(ConfigKeys.PORT.name(), "70000");
        assertThrows(ApiDeploymentException.class, ConfigKeys.PORT::get);
        System.setProperty(ConfigKeys.GRAPHQL_INTROSPECTION.name(), "yes");
        assertTrue(assertThrows(ApiDeploymentException.class, ConfigKeys.GRAPHQL_INTROSPECTION::get).getMessage()
                .endsWith("waymark.graphql.introspection=yes: expected true or false"));
        System.setProperty(ConfigKeys.ACCESS_LOG_MAX_FILES.name(), "0");
        assertThrows(ApiDeploymentException.class, ConfigKeys.ACCESS_LOG_MAX_FILES::get);
    }

    @Test
    void valuesAreStrippedAndBlankOnesAreNotSet() {
        System.setProperty(ConfigKeys.PORT.name(), " 9090 ");
        assertEquals(9090, ConfigKeys.PORT.get());
        System.setProperty(ConfigKeys.PORT.name(), "  ");
        assertEquals(8080, ConfigKeys.PORT.get());
    }

    @Test
    void aFamilyNamesTheKeyOfOneName() {
        assertEquals("waymark.api.orders.url", ConfigKeys.API_URL.of("orders").name());
        assertEquals("waymark.auth.partners.token-query-parameter", ConfigKeys.AUTH_TOKEN_QUERY_PARAMETER.of("partners").name());
        assertEquals("waymark.regions.iad1.url", ConfigKeys.REGION_URL.of("iad1").name());
    }

    /** The guide's configuration table: each key of the first column, with the default column. */
    private static Map<String, String> configurationTable() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        int start = guide.indexOf("=== Configuration");
        int tableStart = guide.indexOf("|===", start);
        String table = guide.substring(tableStart + 4, guide.indexOf("|===", tableStart + 4));
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : table.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length < 4 || !cells[1].contains("`waymark.")) {
                continue;
            }
            Matcher key = KEY.matcher(cells[1]);
            while (key.find()) {
                keys.put(key.group(1), cells[2].strip());
            }
        }
        assertTrue(keys.size() > 20, "the configuration table of " + GUIDE + " was not found");
        return keys;
    }

    private static List<ConfigKey<?>> keys() throws IllegalAccessException {
        List<ConfigKey<?>> keys = new ArrayList<>();
        for (Field field : ConfigKeys.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ConfigKey.class) {
                keys.add((ConfigKey<?>) field.get(null));
            }
        }
        return keys;
    }
}
