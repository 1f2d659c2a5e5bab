package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.waymark.ApiDeploymentException;

class JsonLimitsTest {

    @AfterEach
    void clear() {
        System.clearProperty(JsonLimits.MAX_DEPTH);
        System.clearProperty(JsonLimits.MAX_NUMBER_LENGTH);
    }

    @Test
    void theDefaultsAre128LevelsAnd1000Characters() {
        assertEquals(new JsonLimits(128, 1000), JsonLimits.load());
    }

    @Test
    void theLimitsAreConfigured() {
        System.setProperty(JsonLimits.MAX_DEPTH, " 16 ");
        System.setProperty(JsonLimits.MAX_NUMBER_LENGTH, "40");
        assertEquals(new JsonLimits(16, 40), JsonLimits.load());
    }

    @Test
    void aLimitThatIsNotAWholeNumberOfAtLeastOneFailsDeployment() {
        System.setProperty(JsonLimits.MAX_DEPTH, "deep");
        assertThrows(ApiDeploymentException.class, JsonLimits::load);
        System.setProperty(JsonLimits.MAX_DEPTH, "0");
        assertThrows(ApiDeploymentException.class, JsonLimits::load);
    }
}
