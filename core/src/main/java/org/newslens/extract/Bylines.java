package org.newslens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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

    /** Class or id words of byline elements (lower case; plain substrings, for speed). */
    private static final String[] BYLINE_NAMES = {"author", "byline", "autor", "verfasser", "writer", "journalist"};

    /** Class or id words of parts of the page whose names are not the article's authors. */
    private static final String[] ELSEWHERE_NAMES = {
        "comment", "kommentar", "respond", "reply", "sidebar", "widget", "related", "recent", "teaser", "footer",
        "discussion", "disqus", "review"
    };

    /** The same words at the start of a class token ("comment-list", "sidebar"), not inside one ("nocomments"). */
    private static final Pattern ELSEWHERE_TOKEN = Pattern.compile(
            "(?i)(?:^|[-_])(?:comment|kommentar|respond|reply|sidebar|widget|related|recent|teaser|discussion|"
                    + "disqus|review)|^(?!(?:post|entry|article|single)[-_]).*footer");

    /** Layout wrappers that merely mention what sits beside the article ("content-sidebar-wrap"). */
    private static final Pattern LAYOUT_TOKEN = Pattern.compile("(?i)layout|wrap|container|content|main|page|body|open");

    /** Elements inside a byline that hold just the name. */
    private static final String NAME_PARTS = "[itemprop=name], .fn, [rel=author], a[href*=/author/], a[href*=/autor/]";

    /** Byline candidates past this many are deep in lists and footers. */
    private static final int MAX_CANDIDATES = 60;

    /** A byline element with more text than this is a container (an article, a bio box), not a byline. */
    private static final int MAX_BYLINE_TEXT = 200;

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
        List<Author> declared = fromMeta(meta);
        List<Supplier<List<Author>>> sources = List.of(() -> fromMarkup(doc), () -> json,
                () -> doc.body() == null ? List.of() : PrintedBylines.find(doc.body(), headline), () -> declared);
        List<Author> fallback = List.of();
        for (int i = 0; i < sources.size(); i++) {
            List<Author> authors = sources.get(i).get();
            if (authors.isEmpty()) {
                continue;
            }
            if (authors.stream().allMatch(a -> isPublisher(a, site) || BylineText.isWeak(a.name()))) {
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

    /** The site itself named as author; a desk of it ("Redaktion Polizeiticker") is a real byline. */
    private static boolean isPublisher(Author a, SiteNames site) {
        return site.resembles(a.name()) && !BylineText.isDesk(a.name());
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

    /** Whether {@code fuller} names everyone in {@code names}, at least one of them more fully or more people. */
    private static boolean extends_(List<Author> fuller, List<Author> names) {
        if (fuller.size() < names.size()) {
            return false;
        }
        boolean more = fuller.stream().filter(a -> !BylineText.isWeak(a.name())).count() > names.size();
        for (Author a : names) {
            String n = a.name().toLowerCase(Locale.ROOT);
            boolean found = false;
            for (Author b : fuller) {
                String m = b.name().toLowerCase(Locale.ROOT);
                // Same words, or the same name printed with a stray space ("Will Knigh t").
                if (m.equals(n) || m.startsWith(n + " ") || m.replace(" ", "").equals(n.replace(" ", ""))) {
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

    private static List<Author> fromMeta(MetaTags meta) {
        for (String key : AUTHOR_META) {
            for (String value : meta.all(key)) {
                List<Author> authors = BylineText.parse(value);
                if (!authors.isEmpty()) {
                    return authors;
                }
            }
        }
        return List.of();
    }

    /** The first byline printed outside comments and sidebars, with every name in it. */
    private static List<Author> fromMarkup(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        int seen = 0;
        for (Element e : body.getAllElements()) {
            if (!isBylineCandidate(e)) {
                continue;
            }
            if (++seen > MAX_CANDIDATES) {
                break;
            }
            if (TitleText.longerThan(e, MAX_BYLINE_TEXT) || isElsewhere(e)) {
                continue;
            }
            List<Author> authors = new ArrayList<>();
            for (Element part : e.select(NAME_PARTS)) {
                if (part != e) {
                    authors.addAll(BylineText.parse(spacedText(part)));
                }
            }
            if (authors.isEmpty()) {
                authors.addAll(BylineText.parse(spacedText(e)));
            }
            if (!authors.isEmpty()) {
                return BylineText.dedupe(authors);
            }
        }
        return List.of();
    }

    private static boolean isBylineCandidate(Element e) {
        if (e.attr("itemprop").equals("author") || e.attr("rel").equals("author")) {
            return true;
        }
        if (!e.hasAttr("class") && !e.hasAttr("id")) {
            return false;
        }
        return containsAny((e.className() + " " + e.id()).toLowerCase(Locale.ROOT), BYLINE_NAMES);
    }

    /** Inside comments, sidebars, footers or forms: names there belong to other texts. */
    private static boolean isElsewhere(Element e) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("footer") && a.closest("article") == null || tag.equals("aside") || tag.equals("form")) {
                return true;
            }
            if ((a.hasAttr("class") || a.hasAttr("id"))
                    && containsAny((a.className() + " " + a.id()).toLowerCase(Locale.ROOT), ELSEWHERE_NAMES)) {
                for (String token : (a.className() + " " + a.id()).split("\\s+")) {
                    if (ELSEWHERE_TOKEN.matcher(token).find() && !LAYOUT_TOKEN.matcher(token).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Visible text with a space at every element boundary, so "Autor" and a name in the next span stay apart (a
     * drop capital in its own span is split off in exchange).
     */
    private static String spacedText(Element e) {
        StringBuilder out = new StringBuilder();
        appendSpaced(e, out);
        return out.toString();
    }

    private static void appendSpaced(Element e, StringBuilder out) {
        for (Node node : e.childNodes()) {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (node instanceof Element child && !isHidden(child)) {
                out.append(' ');
                appendSpaced(child, out);
                out.append(' ');
            }
        }
    }

    private static boolean isHidden(Element e) {
        String tag = e.normalName();
        if (tag.equals("script") || tag.equals("style") || tag.equals("time") || tag.equals("noscript")) {
            return true;
        }
        for (String token : e.classNames()) {
            if (HeadlineText.HIDDEN_TOKEN.matcher(token).find()) {
                return true;
            }
        }
        return false;
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
