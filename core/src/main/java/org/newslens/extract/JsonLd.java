package org.newslens.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">}, flattened out of arrays
 * and {@code @graph} lists. Broken JSON (common: trailing commas, raw newlines in strings) is read leniently or
 * skipped; it never fails the page.
 */
final class JsonLd {
    /** schema.org types that describe the article itself. */
    static final Set<String> ARTICLE_TYPES = Set.of(
            "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "socialmediaposting", "liveblogposting",
            "scholarlyarticle", "techarticle", "report", "posting", "discussionforumposting", "advertisertcontentarticle",
            "satiricalarticle", "medicalscholarlyarticle", "recipe", "review", "howto", "creativework");

    /** schema.org types of texts by others than the page's author. */
    private static final Set<String> OTHER_VOICES = Set.of("comment", "review", "answer", "question", "rating");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER, JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private final List<JsonNode> objects;
    private final Map<String, JsonNode> byId = new HashMap<>();

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
        for (JsonNode o : objects) {
            JsonNode id = o.get("@id");
            // The first full description of an id wins; later mentions are usually bare references to it.
            if (id != null && id.isTextual() && o.size() > 1) {
                byId.putIfAbsent(id.asText(), o);
            }
        }
    }

    /**
     * The object a bare reference ({@code {"@id": "…#author"}}, as SEO plugins write in {@code @graph}) points to,
     * or {@code v} itself.
     */
    JsonNode resolve(JsonNode v) {
        if (v != null && v.isObject() && v.size() == 1 && v.has("@id")) {
            JsonNode target = byId.get(v.get("@id").asText());
            return target != null ? target : v;
        }
        return v;
    }

    static JsonLd of(Document doc) {
        List<JsonNode> objects = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            String json = script.data().strip();
            if (json.isEmpty() || json.length() > 2_000_000) {
                continue;
            }
            try (JsonParser parser = MAPPER.createParser(json)) {
                JsonNode root = MAPPER.readTree(parser);
                collect(root, objects, 0);
            } catch (java.io.IOException | RuntimeException e) {
                // One broken block must not cost the page its other metadata.
            }
        }
        return new JsonLd(objects);
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 8) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && main.isObject()) {
                collect(main, out, depth + 1);
            }
        }
    }

    /** The object describing the article: the first of an article type, preferring ones with a headline. */
    JsonNode article() {
        JsonNode fallback = null;
        for (JsonNode o : objects) {
            if (hasType(o, ARTICLE_TYPES)) {
                if (o.has("headline") || o.has("datePublished")) {
                    return o;
                }
                if (fallback == null) {
                    fallback = o;
                }
            }
        }
        return fallback;
    }

    /**
     * The first object that has {@code field}, for pages that declare their dates on a WebPage rather than an
     * article; comments and reviews are skipped, their dates are someone else's.
     */
    JsonNode firstWith(String field) {
        for (JsonNode o : objects) {
            if (o.hasNonNull(field) && !hasType(o, OTHER_VOICES)) {
                return o;
            }
        }
        return null;
    }

    /** The first object of one of {@code types} (lower case). */
    JsonNode ofType(Set<String> types) {
        for (JsonNode o : objects) {
            if (hasType(o, types)) {
                return o;
            }
        }
        return null;
    }

    /** Every object of one of {@code types}. */
    List<JsonNode> allOfType(Set<String> types) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode o : objects) {
            if (hasType(o, types)) {
                out.add(o);
            }
        }
        return out;
    }

    static boolean hasType(JsonNode o, Set<String> types) {
        JsonNode type = o.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (types.contains(t.asText().toLowerCase(Locale.ROOT).replace("schema:", ""))) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(type.asText().toLowerCase(Locale.ROOT).replace("schema:", ""));
    }

    /** A field as text: a string, the first element of an array, or the {@code name}/{@code @value} of an object. */
    static String text(JsonNode o, String field) {
        if (o == null) {
            return null;
        }
        return asText(o.get(field));
    }

    static String asText(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isArray()) {
            return v.isEmpty() ? null : asText(v.get(0));
        }
        if (v.isObject()) {
            String name = asText(v.get("name"));
            return name != null ? name : asText(v.get("@value"));
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }
}
