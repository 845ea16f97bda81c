package org.newslens.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** A byline entry: a person, or an organisation such as a news agency or the publication's own desk. */
public record Author(String name, Kind kind) {
    public Author {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("author name is blank");
        }
    }

    /** Whether a byline names a person or an organisation. */
    public enum Kind {
        PERSON("person"),
        ORGANIZATION("organization");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** The name used in JSON and reports. */
        @JsonValue
        public String label() {
            return label;
        }
    }
}
