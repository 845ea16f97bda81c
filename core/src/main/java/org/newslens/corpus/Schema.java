package org.newslens.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * The index's fields and how a {@code newslens/1} document becomes a Lucene document. Stored: the id, the address,
 * the metadata a result list shows, and the whole JSON (so an article is shown again without re-analysing it).
 * Indexed: title and body as text, the publication day as a point and a doc value (date ranges, sorting,
 * timelines), each facet dimension as sorted-set doc values (counts) and as lower-cased keywords (filters).
 */
final class Schema {
    static final String ID = "id";
    static final String URL = "url";
    static final String SITE = "site";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String DAY = "day";
    static final String PUBLISHED = "published";
    static final String LANGUAGE = "language";
    static final String AUTHORS = "authors";
    static final String SECTION = "section";
    static final String LEAD = "lead";
    static final String JSON = "json";
    /** The body's content hash, alone and with the site: what "the same text on the same site" is matched on. */
    static final String CONTENT = "content";
    static final String CONTENT_SITE = "content_site";
    /** A hash of the stored JSON: an identical document is not written again. */
    static final String JSON_HASH = "json_hash";
    /** Filter keywords of a dimension live in this field plus the dimension name. */
    static final String FILTER_PREFIX = "f_";
    /** Stands for "no site known" in {@link #CONTENT_SITE}. */
    static final String NO_SITE = "-";
    /** Characters of the body kept for result lists. */
    static final int LEAD_LENGTH = 240;

    /** Every dimension is multi-valued and flat. */
    static final FacetsConfig FACETS = facetsConfig();

    private Schema() {
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String d : Dimensions.NAMES) {
            config.setMultiValued(d, true);
        }
        return config;
    }

    /** The Lucene document for an analysis, before {@link FacetsConfig#build}. */
    static Document document(ArticleKey key, JsonNode doc, String json) {
        JsonNode article = doc.path("article");
        String text = article.path("text").asText("");
        Document d = new Document();
        d.add(new StringField(ID, key.id(), Field.Store.YES));
        String url = firstText(doc.path("source").path("url"), article.path("canonicalUrl"));
        if (url != null) {
            d.add(new StoredField(URL, url));
        }
        if (key.site() != null) {
            d.add(new StoredField(SITE, key.site()));
        }
        String title = article.path("title").asText(null);
        if (title != null) {
            d.add(new TextField(TITLE, title, Field.Store.YES));
        }
        d.add(new TextField(TEXT, text, Field.Store.NO));
        d.add(new StoredField(LEAD, lead(text)));
        LocalDate day = published(article);
        if (day != null) {
            d.add(new LongPoint(DAY, day.toEpochDay()));
            d.add(new NumericDocValuesField(DAY, day.toEpochDay()));
            d.add(new StoredField(PUBLISHED, day.toString()));
        }
        for (JsonNode a : article.path("authors")) {
            d.add(new StoredField(AUTHORS, a.path("name").asText()));
        }
        for (JsonNode s : article.path("section")) {
            d.add(new StoredField(SECTION, s.asText()));
        }
        d.add(new StringField(CONTENT, key.contentHash(), Field.Store.YES));
        d.add(new StringField(CONTENT_SITE, contentSite(key.contentHash(), key.site()), Field.Store.NO));
        d.add(new StringField(JSON_HASH, ArticleKey.sha256(json).substring(0, 32), Field.Store.YES));
        d.add(new StoredField(JSON, json));
        Dimensions.Values values = Dimensions.read(doc, key.site());
        for (Map.Entry<String, Set<String>> e : values.display().entrySet()) {
            for (String v : e.getValue()) {
                d.add(new SortedSetDocValuesFacetField(e.getKey(), v));
            }
        }
        for (Map.Entry<String, Set<String>> e : values.keys().entrySet()) {
            for (String k : e.getValue()) {
                d.add(new StringField(FILTER_PREFIX + e.getKey(), k, Field.Store.NO));
            }
        }
        values.display().getOrDefault("language", Set.of()).forEach(l -> d.add(new StoredField(LANGUAGE, l)));
        return d;
    }

    static String contentSite(String contentHash, String site) {
        return contentHash + "|" + (site == null ? NO_SITE : site);
    }

    /** The publication day, or null when the article has none or it does not parse. */
    static LocalDate published(JsonNode article) {
        String value = article.path("published").path("value").asText("");
        if (value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String lead(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= LEAD_LENGTH) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', LEAD_LENGTH);
        return flat.substring(0, cut > LEAD_LENGTH / 2 ? cut : LEAD_LENGTH) + "…";
    }

    private static String firstText(JsonNode... nodes) {
        for (JsonNode n : nodes) {
            if (n.isTextual() && !n.asText().isBlank()) {
                return n.asText();
            }
        }
        return null;
    }

    /** Stored values of a multi-valued field, in order. */
    static List<String> values(Document d, String field) {
        List<String> out = new ArrayList<>();
        for (var f : d.getFields(field)) {
            out.add(f.stringValue());
        }
        return out;
    }
}
