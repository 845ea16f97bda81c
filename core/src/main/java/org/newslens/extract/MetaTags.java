package org.newslens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The page's {@code <meta>} values keyed by lower-cased {@code name}, {@code property} or {@code itemprop}, in
 * document order. OpenGraph ({@code og:*}, {@code article:*}), Twitter cards, Dublin Core and the many
 * publisher-specific names all land here.
 */
final class MetaTags {
    /** Twitter cards carry a handful of label/data pairs. */
    private static final int MAX_LABEL_PAIRS = 4;

    private final Map<String, List<String>> values = new HashMap<>();

    private MetaTags() {
    }

    static MetaTags of(Document doc) {
        MetaTags tags = new MetaTags();
        for (Element meta : doc.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attr : new String[] {"name", "property", "itemprop", "http-equiv"}) {
                String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    // RDFa pages list several properties in one attribute ("og:title twitter:title").
                    for (String k : key.split("\\s+")) {
                        tags.values.computeIfAbsent(k, x -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
        return tags;
    }

    /** The first value under any of {@code keys}, tried in order; null when none is present. */
    String first(String... keys) {
        for (String key : keys) {
            List<String> list = values.get(key);
            if (list != null && !list.isEmpty()) {
                return list.get(0);
            }
        }
        return null;
    }

    /**
     * The data of a Twitter label/data pair whose label is one of {@code labels} (lower case): {@code
     * twitter:label1 = "Written by"}, {@code twitter:data1 = "Anna Muster"}. Null when there is none.
     */
    static String labelledData(MetaTags meta, Set<String> labels) {
        for (int i = 1; i <= MAX_LABEL_PAIRS; i++) {
            String label = meta.first("twitter:label" + i);
            if (label == null) {
                break;
            }
            if (labels.contains(label.strip().toLowerCase(Locale.ROOT))) {
                return meta.first("twitter:data" + i);
            }
        }
        return null;
    }

    /** Every value under {@code key}, in document order. */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
