package dev.waymark.impl.http;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The platform types read from text in one standard format, by JSON-B from a JSON string and by
 * parameter conversion alike, and how to tell a client that format.
 */
public final class TextFormats {

    /**
     * A format.
     *
     * @param described the format in the API's words, such as {@code a date such as 2024-05-31}
     * @param parse reads a text, throwing a {@link RuntimeException} if it is not in the format
     */
    record Format(String described, Function<String, ?> parse) {
    }

    private static final Map<Class<?>, Format> FORMATS = Map.of(
            LocalDate.class, new Format("a date such as 2024-05-31", LocalDate::parse),
            LocalDateTime.class, new Format("a date and time such as 2024-05-31T12:30:00", LocalDateTime::parse),
            LocalTime.class, new Format("a time such as 12:30:00", LocalTime::parse),
            OffsetDateTime.class, new Format("a date and time with an offset such as 2024-05-31T12:30:00+02:00", OffsetDateTime::parse),
            ZonedDateTime.class, new Format("a date and time with a zone such as 2024-05-31T12:30:00+02:00[Europe/Paris]",
                    ZonedDateTime::parse),
            Instant.class, new Format("an instant such as 2024-05-31T10:30:00Z", Instant::parse),
            Duration.class, new Format("a duration such as PT15M", Duration::parse),
            Period.class, new Format("a period such as P1M", Period::parse),
            UUID.class, new Format("a UUID such as 123e4567-e89b-12d3-a456-426614174000", UUID::fromString));

    private TextFormats() {
    }

    /**
     * How to tell a client the format of a type.
     *
     * @param type the type
     * @return such as {@code a date such as 2024-05-31}, if the type has one standard format
     */
    public static Optional<String> described(Class<?> type) {
        return format(type).map(Format::described);
    }

    static Optional<Format> format(Class<?> type) {
        return Optional.ofNullable(FORMATS.get(type));
    }
}
