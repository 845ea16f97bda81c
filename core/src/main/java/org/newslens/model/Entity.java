package org.newslens.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * A person, organisation, place or other named thing the article mentions, with every mention of it.
 *
 * @param id stable within one analysis ({@code e1}, {@code e2}, ... in order of first mention)
 * @param type what it is
 * @param name its canonical name: the fullest form the article uses
 * @param aliases other forms the article uses (an acronym, a surname alone, "the MEK" for "MEK")
 * @param mentions where it is named, sorted
 */
public record Entity(String id, Type type, String name, List<String> aliases, List<Span> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    /** The classes CoreNLP's CoNLL model tells apart. */
    public enum Type {
        PERSON, ORGANIZATION, LOCATION, MISC;

        @JsonValue
        public String label() {
            return name();
        }
    }
}
