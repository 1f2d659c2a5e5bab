package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.config.ConfigKeys;

class JsonLimitsTest {

    @AfterEach
    void clear() {
        System.clearProperty(ConfigKeys.JSON_MAX_DEPTH.name());
        System.clearProperty(ConfigKeys.JSON_MAX_NUMBER_LENGTH.name());
    }

    @Test
    void theDefaultsAre128LevelsAnd1000Characters() {
        assertEquals(new JsonLimits(128, 1000), JsonLimits.load());
    }

    @Test
    void theLimitsAreConfigured() {
        System.setProperty(ConfigKeys.JSON_MAX_DEPTH.name(), " 16 ");
        System.setProperty(ConfigKeys.JSON_MAX_NUMBER_LENGTH.name(), "40");
        assertEquals(new JsonLimits(16, 40), JsonLimits.load());
    }

    @Test
    void aLimitThatIsNotAWholeNumberOfAtLeastOneFailsDeployment() {
        System.setProperty(ConfigKeys.JSON_MAX_DEPTH.name(), "deep");
        assertThrows(ApiDeploymentException.class, JsonLimits::load);
        System.setProperty(ConfigKeys.JSON_MAX_DEPTH.name(), "0");
        assertThrows(ApiDeploymentException.class, JsonLimits::load);
    }
}
