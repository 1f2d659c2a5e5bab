package dev.waymark.impl.http;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.waymark.ApiDeploymentException;

/** Time limits written with a unit: {@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}. */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

    private Durations() {
    }

    /**
     * Parses a duration.
     *
     * @param text the duration
     * @param where what declares it, for the error message
     * @return milliseconds
     * @throws ApiDeploymentException if the text is not a duration, or is zero
     */
    public static long parseMillis(String text, String where) {
        Matcher matcher = DURATION.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new ApiDeploymentException("Invalid duration '" + text + "' in " + where
                    + ": write a whole number with a unit, such as 500ms, 30s, 2m or 1h, or none");
        }
        long amount = Long.parseLong(matcher.group(1));
        long millis = switch (matcher.group(2)) {
            case "ms" -> amount;
            case "s" -> amount * 1000;
            case "m" -> amount * 60_000;
            default -> amount * 3_600_000;
        };
        if (millis == 0) {
            throw new ApiDeploymentException("Invalid duration '" + text + "' in " + where + ": it must be more than zero; use none for no limit");
        }
        return millis;
    }

    /**
     * Formats milliseconds with the largest unit that divides them.
     *
     * @param millis the duration
     * @return such as {@code 30s}
     */
    public static String format(long millis) {
        if (millis % 3_600_000 == 0) {
            return millis / 3_600_000 + "h";
        }
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "m";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }
}
