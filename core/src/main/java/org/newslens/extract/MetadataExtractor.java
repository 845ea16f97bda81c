package org.newslens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata from JSON-LD, OpenGraph and other meta tags, microdata and markup conventions, without
 * modifying the document. General rules only: nothing here knows a particular site.
 */
final class MetadataExtractor {
    /** Breadcrumb entries that name the site's root rather than a section. */
    private static final Set<String> HOME_CRUMBS = Set.of(
            "home", "startseite", "accueil", "inicio", "portada", "start", "homepage", "strona główna", "news home");

    private MetadataExtractor() {
    }

    /**
     * @param url the page address, if known (dates in URLs, canonical fallback)
     * @param latest no date after this day is accepted
     */
    static Metadata extract(Document doc, JsonLd ld, String url, LocalDate latest) {
        JsonNode article = ld.article();
        MetaTags meta = MetaTags.of(doc);
        String language = language(doc, meta, article);
        boolean monthFirst = language != null && language.toLowerCase(Locale.ROOT).startsWith("en-us");
        String siteName = siteName(meta, ld);
        SiteNames site = siteNames(url, meta, ld, siteName);
        String title = TitleFinder.find(doc, meta, article, site);
        Element headline = doc.body() == null ? null : TitleFinder.headlineElement(doc.body(), title);
        return new Metadata(
                title,
                Bylines.find(doc, ld, meta, site, headline),
                DateFinder.published(doc, ld, meta, url, latest, monthFirst, headline),
                DateFinder.modified(doc, article, meta, latest),
                siteName,
                section(doc, meta, article, ld),
                language,
                description(meta, article),
                canonical(doc, meta, url));
    }

    private static SiteNames siteNames(String url, MetaTags meta, JsonLd ld, String siteName) {
        JsonNode site = ld.ofType(Set.of("website", "newsmediaorganization", "organization"));
        return SiteNames.of(url, siteName, meta.first("og:site_name"), meta.first("application-name"),
                ld.article() == null ? null : JsonLd.asText(ld.resolve(ld.article().get("publisher"))),
                JsonLd.text(site, "name"));
    }

    static String siteName(MetaTags meta, JsonLd ld) {
        String og = meta.first("og:site_name", "application-name", "apple-mobile-web-app-title", "twitter:site:name");
        if (og != null) {
            return Whitespace.flatten(og);
        }
        JsonNode article = ld.article();
        String publisher = article == null ? null : JsonLd.asText(ld.resolve(article.get("publisher")));
        if (publisher != null) {
            return publisher;
        }
        JsonNode site = ld.ofType(Set.of("website", "newsmediaorganization", "organization"));
        return JsonLd.text(site, "name");
    }

    static List<String> section(Document doc, MetaTags meta, JsonNode article, JsonLd ld) {
        JsonNode crumbs = ld.ofType(Set.of("breadcrumblist"));
        if (crumbs != null && crumbs.get("itemListElement") != null) {
            List<String> names = new ArrayList<>();
            for (JsonNode item : crumbs.get("itemListElement")) {
                String name = JsonLd.text(item, "name");
                if (name == null && item.get("item") != null) {
                    name = JsonLd.text(item.get("item"), "name");
                }
                if (name != null) {
                    names.add(Whitespace.flatten(name));
                }
            }
            List<String> cleaned = cleanCrumbs(names, JsonLd.text(article, "headline"));
            if (!cleaned.isEmpty()) {
                return cleaned;
            }
        }
        JsonNode sectionNode = article == null ? null : article.get("articleSection");
        if (sectionNode != null) {
            List<String> sections = new ArrayList<>();
            for (JsonNode s : sectionNode.isArray() ? sectionNode : List.of(sectionNode)) {
                String name = JsonLd.asText(s);
                if (name != null) {
                    sections.add(Whitespace.flatten(name));
                }
            }
            if (!sections.isEmpty()) {
                return sections;
            }
        }
        String metaSection = meta.first("article:section", "section", "parsely-section", "og:section", "category");
        if (metaSection != null) {
            return List.of(Whitespace.flatten(metaSection));
        }
        Element crumbTrail = doc.selectFirst("[class~=(?i)breadcrumb], [id~=(?i)breadcrumb], nav[aria-label~=(?i)breadcrumb]");
        if (crumbTrail != null) {
            List<String> names = new ArrayList<>();
            for (Element link : crumbTrail.select("a, li > span, [itemprop=name]")) {
                String text = Whitespace.flatten(link.text());
                if (!text.isEmpty() && text.length() < 60 && (names.isEmpty() || !names.get(names.size() - 1).equals(text))) {
                    names.add(text);
                }
            }
            return cleanCrumbs(names, null);
        }
        return List.of();
    }

    private static List<String> cleanCrumbs(List<String> names, String headline) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (!HOME_CRUMBS.contains(name.toLowerCase(Locale.ROOT)) && !out.contains(name)) {
                out.add(name);
            }
        }
        if (!out.isEmpty() && headline != null && Whitespace.flatten(headline).equalsIgnoreCase(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    static String language(Document doc, MetaTags meta, JsonNode article) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").strip();
        if (lang.isEmpty() && html != null) {
            lang = html.attr("xml:lang").strip();
        }
        if (lang.isEmpty()) {
            String declared = JsonLd.text(article, "inLanguage");
            lang = declared != null ? declared : meta.first("content-language", "language", "dc.language", "og:locale");
        }
        if (lang == null || lang.isBlank()) {
            return null;
        }
        String tag = lang.strip().split("[,;\\s]")[0].replace('_', '-');
        return tag.matches("(?i)[a-z]{2,3}(-[a-z0-9]{2,8})*") ? tag : null;
    }

    static String description(MetaTags meta, JsonNode article) {
        String d = meta.first("description", "og:description", "twitter:description", "dc.description");
        if (d == null) {
            d = JsonLd.text(article, "description");
        }
        return d == null ? null : Whitespace.flatten(d);
    }

    static String canonical(Document doc, MetaTags meta, String url) {
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        String href = link == null ? meta.first("og:url") : link.attr("href");
        if (href != null && !href.isBlank()) {
            href = href.strip();
            if (url != null) {
                try {
                    return java.net.URI.create(url).resolve(href.replace(" ", "%20")).toString();
                } catch (IllegalArgumentException e) {
                    return href;
                }
            }
            return href;
        }
        return url;
    }
}
