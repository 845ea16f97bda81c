package org.newslens.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A date read from a page, with the place it was read from so a user can judge it.
 *
 * @param value ISO-8601: a date ({@code 2018-02-03}) or a date-time with offset ({@code 2018-02-03T10:15:00Z})
 * @param from where the value came from
 */
public record DateValue(String value, Origin from) {
    public DateValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
        if (value.length() < 10) {
            throw new IllegalArgumentException("date value must start with yyyy-MM-dd, got '" + value + "'");
        }
        LocalDate.parse(value.substring(0, 10));
    }

    /** The calendar date part. */
    @JsonIgnore
    public LocalDate date() {
        return LocalDate.parse(value.substring(0, 10));
    }

    /** Where a date was found, from the most to the least structured. */
    public enum Origin {
        JSON_LD("json-ld"),
        META("meta"),
        MICRODATA("microdata"),
        TIME_ELEMENT("time"),
        URL("url"),
        TEXT("text"),
        GIVEN("given");

        private final String label;

        Origin(String label) {
            this.label = label;
        }

        /** The name used in JSON and reports. */
        @JsonValue
        public String label() {
            return label;
        }
    }
}
