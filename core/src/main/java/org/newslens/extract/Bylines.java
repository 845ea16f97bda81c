package org.newslens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.model.Author;

/**
 * Reads the byline: who wrote the article, as a list of people and organisations. Sources are tried from the most
 * to the least structured; the first that yields a name wins. Names are cleaned of "By" and role words, split at
 * "and" or commas, and checked against interface strings and social handles.
 */
final class Bylines {
    /** Meta names that carry author names (not profile URLs). */
    static final String[] AUTHOR_META = {
        "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl",
        "cxenseparse:author", "twitter:creator:name", "citation_author", "og:article:author", "dc.contributor"
    };

    /** News agencies and collective bylines, kept apart from people. */
    static final Set<String> AGENCIES = Set.of(
            "afp", "ap", "dpa", "reuters", "ansa", "apa", "sda", "kna", "epd", "efe", "upi", "xinhua", "tass", "pa",
            "associated press", "agence france-presse", "agence france presse", "deutsche presse-agentur",
            "keystone-sda", "sid", "bloomberg", "dts", "dapd", "ddp", "kyodo", "yonhap", "anp", "belga", "ats",
            "ats/afp", "ria novosti", "press association", "pap", "ctk", "europa press", "notimex", "lusa");

    /** Words that make a byline an organisation: desks, teams, newsrooms. */
    private static final Pattern ORGANISATION_WORDS = Pattern.compile(
            "(?iu)\\b(redaktion|newsroom|staff|team|desk|editors?|editorial|online|news|agentur|agency|press|"
                    + "presse|media|verlag|gmbh|inc\\.?|ltd\\.?|group|foundation|stiftung|office|bureau|service|"
                    + "reporters?|correspondents?|admin|administrator|magazin|magazine|zeitung|times|post|daily)\\b");

    /** Byline lead-ins and role labels that are not part of the name. */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?iu)^(written\\s+by|posted\\s+by|published\\s+by|reported\\s+by|story\\s+by|text\\s+by|words\\s+by|"
                    + "by|von|vom|text:?|autor(in)?:?|author:?|auteur:?|par|por|di|door|przez|écrit par|escrito por|"
                    + "redakteur(in)?:?|geschrieben von|veröffentlicht von)\\s+");

    /** Strings sites print in author slots that are interface, not names. */
    private static final Pattern INTERFACE_TEXT = Pattern.compile(
            "(?iu)(e-?mail|contact|follow|twitter|facebook|instagram|linkedin|view all|all posts|more from|"
                    + "profile|subscribe|click|read more|share|posts? by|articles? by|about the author|"
                    + "mehr von|alle artikel|kontakt|https?://|www\\.|\\.com\\b|\\.de\\b|\\bunknown\\b|^none$|^null$|"
                    + "^admin$|^by$|\\d{3,})");

    /** Separators between names in one byline. */
    private static final Pattern SPLIT = Pattern.compile(
            "(?iu)\\s*(?:,|;|\\||/|\\s&\\s|\\sand\\s|\\sund\\s|\\set\\s|\\sy\\s|\\se\\s|\\si\\s|\\sen\\s|\\soraz\\s|\\smit\\s)\\s*");

    private Bylines() {
    }

    static List<Author> find(Document doc, JsonNode article, MetaTags meta) {
        List<Author> authors = fromJsonLd(article);
        if (authors.isEmpty()) {
            for (String key : AUTHOR_META) {
                for (String value : meta.all(key)) {
                    authors = parse(value);
                    if (!authors.isEmpty()) {
                        return authors;
                    }
                }
            }
        }
        if (authors.isEmpty()) {
            authors = fromMarkup(doc);
        }
        return authors;
    }

    private static List<Author> fromJsonLd(JsonNode article) {
        if (article == null || article.get("author") == null) {
            return List.of();
        }
        JsonNode node = article.get("author");
        List<Author> authors = new ArrayList<>();
        for (JsonNode a : node.isArray() ? node : List.of(node)) {
            String name = JsonLd.asText(a);
            if (name == null) {
                continue;
            }
            boolean organisation = a.isObject() && JsonLd.hasType(a, Set.of("organization", "newsmediaorganization"));
            for (Author parsed : parse(name)) {
                authors.add(organisation ? new Author(parsed.name(), Author.Kind.ORGANIZATION) : parsed);
            }
        }
        return dedupe(authors);
    }

    private static List<Author> fromMarkup(Document doc) {
        for (Element e : doc.select("[itemprop=author], [rel=author], [class~=(?i)(^|\\W)(byline|author|autor|"
                + "author-name|byline__name|article-author|entry-author|post-author)(\\W|$)]")) {
            Element named = e.selectFirst("[itemprop=name]");
            String text = named != null ? named.text() : e.text();
            if (text.length() > 120) {
                continue;
            }
            List<Author> authors = parse(text);
            if (!authors.isEmpty()) {
                return authors;
            }
        }
        return List.of();
    }

    /** Cleans one byline string into names; empty when it holds none. */
    static List<Author> parse(String raw) {
        if (raw == null) {
            return List.of();
        }
        String s = Whitespace.flatten(raw);
        if (s.isEmpty() || s.length() > 200) {
            return List.of();
        }
        List<Author> authors = new ArrayList<>();
        for (String part : SPLIT.split(s)) {
            String name = clean(part);
            if (name == null) {
                continue;
            }
            authors.add(new Author(name, kindOf(name)));
        }
        return dedupe(authors);
    }

    private static String clean(String part) {
        String name = part.strip();
        for (int i = 0; i < 3; i++) {
            String stripped = LEAD_IN.matcher(name).replaceFirst("");
            if (stripped.equals(name)) {
                break;
            }
            name = stripped;
        }
        name = name.replaceAll("^[\\s\\p{Punct}–—]+|[\\s\\p{Punct}–—&&[^.)]]+$", "").strip();
        if (name.startsWith("@") || name.isEmpty() || name.length() < 2 || name.length() > 60
                || INTERFACE_TEXT.matcher(name).find() || !name.codePoints().anyMatch(Character::isLetter)
                || name.split("\\s+").length > 6) {
            return null;
        }
        return name;
    }

    static Author.Kind kindOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (AGENCIES.contains(lower) || ORGANISATION_WORDS.matcher(name).find()) {
            return Author.Kind.ORGANIZATION;
        }
        boolean allCaps = name.length() <= 6 && name.equals(name.toUpperCase(Locale.ROOT)) && !name.contains(" ");
        return allCaps ? Author.Kind.ORGANIZATION : Author.Kind.PERSON;
    }

    private static List<Author> dedupe(List<Author> authors) {
        Map<String, Author> unique = new LinkedHashMap<>();
        for (Author a : authors) {
            unique.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a);
        }
        return new ArrayList<>(unique.values());
    }
}
