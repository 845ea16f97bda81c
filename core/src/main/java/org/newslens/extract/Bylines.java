package org.newslens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.model.Author;

/**
 * Reads the byline: who wrote the article, as a list of people and organisations. JSON-LD comes first, then the
 * byline printed with the article, then meta tags; comments, sidebars and footers are never read for it. A source
 * that names only the site itself gives way to one that names people.
 */
final class Bylines {
    /** Meta names that carry author names (not profile URLs). */
    static final String[] AUTHOR_META = {
        "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl",
        "cxenseparse:author", "twitter:creator:name", "citation_author", "og:article:author", "dc.contributor"
    };

    /** Labels of Twitter's label/data meta pairs that give the author ("twitter:label1" = "Written by"). */
    private static final Set<String> AUTHOR_LABELS = Set.of(
            "written by", "verfasst von", "geschrieben von", "autor", "author", "escrito por", "écrit par", "von", "by");

    private Bylines() {
    }

    /** Cleans one byline string into names; see {@link BylineText#parse}. */
    static List<Author> parse(String raw) {
        return BylineText.parse(raw);
    }

    /**
     * Sources in order: the byline printed with the article (what readers see), JSON-LD, a plain-text byline near
     * the headline, meta tags. A source naming only the site, a user slug or initials is kept as a fallback, and a
     * later source that gives the same people more fully ("Pamela" → "Pamela Anderson", one of two authors → both)
     * is preferred. With no byline at all, a personal site's owner is taken ({@link SiteOwner}).
     *
     * @param headline the element printing the headline, near which a plain-text byline is looked for
     */
    static List<Author> find(Document doc, JsonLd ld, MetaTags meta, SiteNames site, Element headline) {
        List<Author> json = fromJsonLd(ld);
        List<Author> declared = fromMeta(meta, site);
        Supplier<ArticleLines> lines = memoised(() -> doc.body() == null ? ArticleLines.read(doc, null)
                : ArticleLines.read(doc.body(), headline));
        Predicate<Author> weak = a -> isPublisher(a, site) || AuthorKinds.isWeak(a.name());
        List<Supplier<List<Author>>> sources = List.of(
                () -> doc.body() == null ? List.of() : MarkedBylines.find(doc.body(), headline, weak), () -> json,
                () -> PrintedBylines.find(lines.get()), () -> declared,
                () -> ClosingBylines.find(lines.get()));
        List<Author> fallback = List.of();
        for (int i = 0; i < sources.size(); i++) {
            List<Author> authors = sources.get(i).get();
            if (authors.isEmpty()) {
                continue;
            }
            if (authors.stream().allMatch(a -> isPublisher(a, site) || AuthorKinds.isWeak(a.name()))) {
                if (fallback.isEmpty()) {
                    fallback = authors.stream().allMatch(a -> isPublisher(a, site)) ? asOrganisations(authors)
                            : authors;
                }
                continue;
            }
            List<Author> chosen = withoutSite(authors, site);
            // Two declared sources agreeing against the printed byline outvote it (a credit line or a category
            // list in an "author" slot).
            if (i == 0 && !overlaps(json, chosen) && overlaps(declared, json) && !overlaps(declared, chosen)
                    && !json.stream().allMatch(a -> isPublisher(a, site))) {
                chosen = json;
            }
            if (i == 0 && interleaves(chosen, json)) {
                chosen = json;
            }
            // Only declared sources complete a name: a plain-text match runs on too easily ("Anna Muster Fotos").
            for (List<Author> later : List.of(json, declared)) {
                if (later != authors && extends_(later, chosen)) {
                    chosen = withoutSite(later, site);
                }
            }
            return chosen;
        }
        return fallback.isEmpty() ? SiteOwner.find(doc) : fallback;
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) value[0];
            return t;
        };
    }

    /** The site itself named as author; a desk of it ("Redaktion Polizeiticker") is a real byline. */
    private static boolean isPublisher(Author a, SiteNames site) {
        return (site.resembles(a.name()) || a.kind() == Author.Kind.ORGANIZATION && site.contains(a.name()))
                && !AuthorKinds.isDesk(a.name());
    }

    private static boolean overlaps(List<Author> a, List<Author> b) {
        for (Author x : a) {
            for (Author y : b) {
                if (x.name().equalsIgnoreCase(y.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a printed byline holds all the declared names with other parts between them: roles and affiliations
     * ("A, Staff Attorney, ACLU & B, Director"), which a list of co-authors would not interleave.
     */
    private static boolean interleaves(List<Author> printed, List<Author> declared) {
        if (declared.size() < 2 || printed.size() <= declared.size()) {
            return false;
        }
        int last = -1;
        for (Author d : declared) {
            int at = -1;
            for (int j = 0; j < printed.size(); j++) {
                if (printed.get(j).name().equalsIgnoreCase(d.name())) {
                    at = j;
                }
            }
            if (at < 0) {
                return false;
            }
            last = Math.max(last, at);
        }
        return last >= declared.size();
    }

    /** Whether {@code fuller} names everyone in {@code names}, at least one of them more fully or more people. */
    private static boolean extends_(List<Author> fuller, List<Author> names) {
        if (fuller.size() < names.size()) {
            return false;
        }
        boolean more = fuller.stream().filter(a -> !AuthorKinds.isWeak(a.name())).count() > names.size();
        for (Author a : names) {
            String n = a.name().toLowerCase(Locale.ROOT);
            boolean found = false;
            for (Author b : fuller) {
                String m = b.name().toLowerCase(Locale.ROOT);
                // Same words, or the same name printed with a stray space ("Will Knigh t").
                if (m.equals(n) || m.startsWith(n + " ") || m.contains(" ") && m.replace(" ", "").equals(n.replace(" ", ""))) {
                    found = true;
                    more |= !m.equals(n);
                }
            }
            if (!found) {
                return false;
            }
        }
        return more;
    }

    private static List<Author> fromJsonLd(JsonLd ld) {
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
            boolean organisation = resolved.isObject()
                    && JsonLd.hasType(resolved, Set.of("organization", "newsmediaorganization", "corporation"));
            for (Author parsed : BylineText.parse(name)) {
                authors.add(organisation ? new Author(parsed.name(), Author.Kind.ORGANIZATION) : parsed);
            }
        }
        return BylineText.dedupe(authors);
    }

    /**
     * The first author meta tag that names someone besides the site ("author" often holds the publisher while
     * "cxenseparse:author" names the writer), else the first that names the site.
     */
    private static List<Author> fromMeta(MetaTags meta, SiteNames site) {
        List<Author> publisher = List.of();
        for (String key : AUTHOR_META) {
            for (String value : meta.all(key)) {
                List<Author> authors = BylineText.parse(value);
                if (authors.isEmpty()) {
                    continue;
                }
                if (!authors.stream().allMatch(a -> isPublisher(a, site))) {
                    return authors;
                }
                if (publisher.isEmpty()) {
                    publisher = authors;
                }
            }
        }
        List<Author> labelled = BylineText.parse(MetaTags.labelledData(meta, AUTHOR_LABELS));
        return labelled.isEmpty() ? publisher : labelled;
    }

    private static List<Author> asOrganisations(List<Author> authors) {
        return authors.stream().map(a -> new Author(a.name(), Author.Kind.ORGANIZATION)).toList();
    }

    /** Drops the site's own name from a byline that also names people ("Rob Picheta, CNN"). */
    private static List<Author> withoutSite(List<Author> authors, SiteNames site) {
        List<Author> kept = authors.stream().filter(a -> !site.resembles(a.name())).toList();
        return kept.isEmpty() ? authors : kept;
    }
}
