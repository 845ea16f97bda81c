package org.newslens.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** A block of the article body, typed by the markup it came from. */
public record Paragraph(int start, int end, Kind kind) implements Spanned {
    public Paragraph {
        Spanned.check(start, end);
        Objects.requireNonNull(kind, "kind");
    }

    /** What sort of block a paragraph is. */
    public enum Kind {
        PARAGRAPH("paragraph"),
        HEADING("heading"),
        QUOTE("quote"),
        LIST_ITEM("list-item"),
        TABLE_CELL("table-cell"),
        PREFORMATTED("preformatted");

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
