package dev.waymark.impl.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.waymark.ApiDeploymentException;

class SizesTest {

    @ParameterizedTest
    @CsvSource({"1024,1024", "1b,1", "500kb,512000", "1mb,1048576", "1.5mb,1572864", "2 GB,2147483648", " 4MB ,4194304"})
    void parsesTheBytesFormat(String text, long bytes) {
        assertEquals(bytes, Sizes.parse(text, "test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mb", "-1kb", "1tb", "ten"})
    void refusesWhatIsNotASize(String text) {
        assertThrows(ApiDeploymentException.class, () -> Sizes.parse(text, "test"));
    }

    @ParameterizedTest
    @CsvSource({"1048576,1mb", "512000,500kb", "1000,1000b"})
    void formatsForPeople(long bytes, String text) {
        assertEquals(text, Sizes.format(bytes));
    }

    @ParameterizedTest
    @ValueSource(longs = {9_007_199_254_740_993L, 4_123_389_851_770_370_361L, Long.MAX_VALUE})
    void largeSizesKeepEveryByte(long bytes) {
        assertEquals(bytes, Sizes.parse(bytes + "b", "test"));
        assertEquals(bytes, Sizes.parse(Sizes.format(bytes), "test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999gb", "9223372036854775808", "8589934592gb"})
    void refusesSizesBeyondALong(String text) {
        assertThrows(ApiDeploymentException.class, () -> Sizes.parse(text, "test"));
    }
}
