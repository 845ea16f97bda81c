package org.newslens.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The facet dimensions and how each is read from a {@code newslens/1} document. They are read from the JSON rather
 * than the Java records so that a layer added to the schema (techniques, say) fills its facet as soon as the
 * pipeline writes it, without a change here. Each dimension yields display values (counted) and filter keys
 * (lower-cased; an entity's aliases are keys too, so a filter on "AFP" finds "Agence France-Presse").
 */
final class Dimensions {
    /** Longest speaker text kept as a facet value: a span longer than this is a clause, not a name. */
    static final int MAX_SPEAKER_LENGTH = 80;
    /**
     * Longest facet value: longer ones (a section path a page stuffed with keywords) are cut, well below Lucene's
     * limit of 32,766 bytes for one term.
     */
    static final int MAX_VALUE_LENGTH = 200;

    /** Dimension names, in the order facets are shown. */
    static final List<String> NAMES = List.of("site", "section", "language", "author", "entity", "technique",
            "attribution", "speaker");

    private Dimensions() {
    }

    /** What one document contributes to the facets: display values and filter keys per dimension. */
    record Values(Map<String, Set<String>> display, Map<String, Set<String>> keys) {
        void add(String dimension, String value, String... aliases) {
            if (value == null || value.isBlank()) {
                return;
            }
            String v = cut(value.strip());
            display.computeIfAbsent(dimension, k -> new LinkedHashSet<>()).add(v);
            Set<String> k = keys.computeIfAbsent(dimension, x -> new LinkedHashSet<>());
            k.add(key(v));
            for (String a : aliases) {
                if (a != null && !a.isBlank()) {
                    k.add(key(cut(a)));
                }
            }
        }
    }

    private static String cut(String value) {
        if (value.length() <= MAX_VALUE_LENGTH) {
            return value;
        }
        int end = MAX_VALUE_LENGTH;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(0, end);
    }

    /** The form filter values are compared in. */
    static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    /** Reads every dimension of {@code doc}; {@code site} comes from the article key. */
    static Values read(JsonNode doc, String site) {
        Values v = new Values(new LinkedHashMap<>(), new LinkedHashMap<>());
        v.add("site", site);
        JsonNode article = doc.path("article");
        article.path("section").forEach(s -> v.add("section", s.asText()));
        String language = article.path("language").asText("");
        if (!language.isBlank()) {
            v.add("language", language.split("[-_]")[0].toLowerCase(Locale.ROOT));
        }
        article.path("authors").forEach(a -> v.add("author", a.path("name").asText()));
        Map<String, String> entityNames = new HashMap<>();
        for (JsonNode e : doc.path("entities")) {
            String name = e.path("name").asText();
            entityNames.put(e.path("id").asText(), name);
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(a -> aliases.add(a.asText()));
            v.add("entity", name, aliases.toArray(String[]::new));
        }
        doc.path("techniques").forEach(t -> v.add("technique", t.path("technique").asText()));
        String text = article.path("text").asText("");
        for (JsonNode claim : doc.path("claims")) {
            JsonNode attribution = claim.path("attribution");
            v.add("attribution", attribution.path("kind").asText());
            v.add("speaker", speaker(attribution.path("source"), entityNames, text));
        }
        for (JsonNode quote : doc.path("quotes")) {
            v.add("speaker", speaker(quote.path("speaker"), entityNames, text));
        }
        return v;
    }

    /** A speaker's name: its entity's canonical name, else the words that name it; null when there is none. */
    private static String speaker(JsonNode node, Map<String, String> entityNames, String text) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String entity = entityNames.get(node.path("entity").asText(""));
        return entity != null ? entity : slice(text, node);
    }

    /** The article text a span node names, or null when it is out of range or too long to be a name. */
    private static String slice(String text, JsonNode span) {
        int start = span.path("start").asInt(-1);
        int end = span.path("end").asInt(-1);
        if (start < 0 || end <= start || end > text.length() || end - start > MAX_SPEAKER_LENGTH) {
            return null;
        }
        return text.substring(start, end).replaceAll("\\s+", " ");
    }
}
