package org.newslens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.newslens.model.Author;

/** Authors a page declares for machines rather than prints: JSON-LD and meta tags of many spellings. */
final class DeclaredBylines {
    /** Meta names that carry author names (not profile URLs). */
    private static final String[] AUTHOR_META = {
        "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl",
        "cxenseparse:author", "twitter:creator:name", "citation_author", "og:article:author", "dc.contributor"
    };

    /** Labels of Twitter's label/data meta pairs that give the author ("twitter:label1" = "Written by"). */
    private static final Set<String> AUTHOR_LABELS = Set.of(
            "written by", "verfasst von", "geschrieben von", "autor", "author", "escrito por", "écrit par", "von", "by");

    /** schema.org types of an author that is an organisation. */
    private static final Set<String> ORGANISATION_TYPES = Set.of("organization", "newsmediaorganization", "corporation");

    private DeclaredBylines() {
    }

    static List<Author> fromJsonLd(JsonLd ld) {
        JsonNode article = ld.article();
        if (article == null || article.get("author") == null) {
            article = ld.firstWith("author");
        }
        if (article == null) {
            return List.of();
        }
        JsonNode node = article.get("author");
        List<Author> authors = new ArrayList<>();
        for (JsonNode a : node.isArray() ? node : List.of(node)) {
            JsonNode resolved = ld.resolve(a);
            String name = JsonLd.asText(resolved);
            if (name == null) {
                continue;
            }
            boolean organisation = resolved.isObject() && JsonLd.hasType(resolved, ORGANISATION_TYPES);
            for (Author parsed : BylineText.parse(name)) {
                authors.add(organisation ? new Author(parsed.name(), Author.Kind.ORGANIZATION) : parsed);
            }
        }
        return BylineText.dedupe(authors);
    }

    /**
     * The first author meta tag that names someone besides the site ("author" often holds the publisher while
     * "cxenseparse:author" names the writer), else a Twitter "Written by" pair, else the first naming the site.
     */
    static List<Author> fromMeta(MetaTags meta, Predicate<Author> publisher) {
        List<Author> site = List.of();
        for (String key : AUTHOR_META) {
            for (String value : meta.all(key)) {
                List<Author> authors = BylineText.parse(value);
                if (authors.isEmpty()) {
                    continue;
                }
                if (!authors.stream().allMatch(publisher)) {
                    return authors;
                }
                if (site.isEmpty()) {
                    site = authors;
                }
            }
        }
        List<Author> labelled = BylineText.parse(MetaTags.labelledData(meta, AUTHOR_LABELS));
        return labelled.isEmpty() ? site : labelled;
    }
}
