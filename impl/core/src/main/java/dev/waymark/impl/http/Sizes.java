package dev.waymark.impl.http;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.waymark.ApiDeploymentException;

/** Sizes in the {@code bytes} format: {@code 1024}, {@code 500kb}, {@code 1mb}, {@code 1.5gb}. */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(b|kb|mb|gb)?");
    private static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE);

    private Sizes() {
    }

    /**
     * Parses a size.
     *
     * @param text the size
     * @param where what declared it, for the error message
     * @return the number of bytes
     * @throws ApiDeploymentException if the text is not a size, or is more bytes than a long holds
     */
    public static long parse(String text, String where) {
        Matcher matcher = SIZE.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new ApiDeploymentException("Invalid size '" + text + "' in " + where
                    + ": write a number of bytes or a number with b, kb, mb or gb, such as \"500kb\"");
        }
        String unit = matcher.group(2) == null ? "b" : matcher.group(2);
        long factor = switch (unit) {
            case "kb" -> 1024L;
            case "mb" -> 1024L * 1024;
            case "gb" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(factor)).setScale(0, RoundingMode.FLOOR);
        if (bytes.compareTo(LARGEST) > 0) {
            throw new ApiDeploymentException("Invalid size '" + text + "' in " + where + ": it is more than " + LARGEST + " bytes");
        }
        return bytes.longValueExact();
    }

    /**
     * Formats a size for people.
     *
     * @param bytes the number of bytes
     * @return such as {@code 1mb} or {@code 1536b}
     */
    public static String format(long bytes) {
        if (bytes >= 1024L * 1024 && bytes % (1024L * 1024) == 0) {
            return bytes / (1024L * 1024) + "mb";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + "kb";
        }
        return bytes + "b";
    }
}
