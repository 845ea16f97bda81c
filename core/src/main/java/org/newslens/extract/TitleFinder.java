package org.newslens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Finds the headline a reader sees. Pages declare titles for search engines and social cards ({@code <title>},
 * og:title, JSON-LD headline) that often differ from the printed one by a site name, a kicker or SEO wording, so
 * the visible heading is preferred when one stands out; the declared titles vote for which heading that is and
 * are the fallback when none does.
 */
final class TitleFinder {
    /** Class words of elements a theme marks as the title (lower case; plain substrings, for speed). */
    private static final String[] TITLE_CLASSES = {
        "headline", "entry-title", "post-title", "article-title", "story-title"
    };

    /**
     * Points for agreeing with a declared title (none, a minor part, contained, equal): agreement outweighs tag
     * and position, but a weak partial match only breaks ties.
     */
    private static final int[] AGREEMENT_POINTS = {0, 1, 20, 30};

    /** What an h1 (or schema headline) is worth on its own, and the least a heading must score to be taken. */
    private static final int H1_POINTS = 3;

    /** A heading this long that a title merely contains is a weak sign; shorter ones are chance matches. */
    private static final int MIN_PARTIAL = 12;

    /** A heading longer than this is a paragraph set in large type. */
    private static final int MAX_HEADLINE = 300;

    /** Headings past this many are deep in the page (lists, footers); looking further only costs time. */
    private static final int MAX_HEADINGS = 400;

    private TitleFinder() {
    }

    /** A declared title, with the comparison keys of the whole and of its parts. */
    private record Declared(String text, String key, List<String> partKeys, int longest) {
        static Declared of(String text) {
            String[] parts = TitleText.SEPARATOR.split(text);
            List<String> keys = new ArrayList<>(parts.length);
            int longest = 0;
            for (int i = 0; i < parts.length; i++) {
                keys.add(TitleText.key(parts[i]));
                longest = parts[i].length() > parts[longest].length() ? i : longest;
            }
            return new Declared(text, TitleText.key(text), keys, longest);
        }
    }

    static String find(Document doc, MetaTags meta, JsonNode article, SiteNames site) {
        List<Declared> declared = new ArrayList<>();
        for (String t : new String[] {JsonLd.text(article, "headline"), meta.first("og:title"),
            meta.first("twitter:title"), meta.first("dc.title"), documentTitle(doc)}) {
            if (t != null && !t.isBlank()) {
                declared.add(Declared.of(TitleText.readable(Parser.unescapeEntities(t, false))));
            }
        }
        String heading = bestHeading(doc, declared, site);
        if (heading != null) {
            return heading;
        }
        for (Declared d : declared) {
            String cleaned = site.strip(d.text());
            if (!cleaned.isEmpty()) {
                return cleaned;
            }
        }
        return null;
    }

    /** The element printing the headline: the first heading whose text is the title, or holds it. */
    static Element headlineElement(Element body, String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String key = TitleText.key(title);
        Element containing = null;
        for (Element e : body.select("h1, h2, h3, [itemprop=headline]")) {
            String text = TitleText.key(TitleText.readable(e.text()));
            if (text.equals(key)) {
                return e;
            }
            if (containing == null && !text.isEmpty() && text.contains(key)) {
                containing = e;
            }
        }
        return containing;
    }

    /** The {@code <title>} text; pages that misplace it outside {@code <head>} still mean it. */
    private static String documentTitle(Document doc) {
        Element inHead = doc.head().selectFirst("title");
        if (inHead != null) {
            return inHead.text();
        }
        for (Element title : doc.getElementsByTag("title")) {
            if (title.closest("svg") == null) {
                return title.text();
            }
        }
        return null;
    }

    private static String bestHeading(Document doc, List<Declared> declared, SiteNames site) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        int[] bodyLength = {-1};
        IntSupplier length = () -> bodyLength[0] >= 0 ? bodyLength[0] : (bodyLength[0] = TitleText.textLength(body));
        String best = null;
        int bestScore = 0;
        int seen = 0;
        for (Element e : body.getAllElements()) {
            if (!isCandidate(e)) {
                continue;
            }
            if (++seen > MAX_HEADINGS) {
                break;
            }
            if (TitleText.longerThan(e, 2 * MAX_HEADLINE)) {
                continue;
            }
            String text = declaredPart(HeadlineText.of(e), declared);
            if (text.length() < 2 || text.length() > MAX_HEADLINE) {
                continue;
            }
            int score = AGREEMENT_POINTS[agreement(TitleText.key(text), declared)] + tagPoints(e);
            if (score > bestScore && !site.matches(text)) {
                score -= PageChrome.penalty(e, body, length);
                if (score > bestScore) {
                    best = text;
                    bestScore = score;
                }
            }
        }
        // A bare h2 or a title-classed element with no declared title behind it is more often a section heading
        // or a teaser than the headline; an h1 alone is enough, and so is an h2 when nothing else names the page.
        return bestScore >= (declared.isEmpty() ? 1 : H1_POINTS) ? best : null;
    }

    /** Elements that may carry the headline: headings, and elements a theme or schema marks as the title. */
    private static boolean isCandidate(Element e) {
        String tag = e.normalName();
        if (tag.equals("h1") || tag.equals("h2") || e.attr("itemprop").equals("headline")) {
            return true;
        }
        if (!e.hasAttr("class")) {
            return false;
        }
        String names = e.className().toLowerCase(Locale.ROOT);
        for (String word : TITLE_CLASSES) {
            if (names.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static int tagPoints(Element e) {
        return switch (e.tagName()) {
            case "h1" -> H1_POINTS;
            case "h2" -> 1;
            default -> e.attr("itemprop").equals("headline") ? H1_POINTS : 0;
        };
    }

    /** "Headline | Site" printed as the heading: the part that is a declared title, else the whole text. */
    private static String declaredPart(String heading, List<Declared> declared) {
        String[] parts = TitleText.SEPARATOR.split(heading);
        if (parts.length > 1) {
            for (String part : parts) {
                String key = TitleText.key(part);
                for (Declared d : declared) {
                    if (key.equals(d.key())) {
                        return part.strip();
                    }
                }
            }
        }
        return heading;
    }

    /** How well a heading agrees with the declared titles: 3 equal, 2 contained, 1 a minor title part, 0 none. */
    private static int agreement(String h, List<Declared> declared) {
        int best = 0;
        for (Declared d : declared) {
            if (d.key().equals(h)) {
                return 3;
            }
            List<String> parts = d.partKeys();
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).equals(h)) {
                    // The headline is usually a title's longest part; a short leading part may be the headline or
                    // the site's name, and other parts are sections or slogans.
                    if (i == d.longest()) {
                        return 3;
                    }
                    best = Math.max(best, i == 0 ? 2 : 1);
                }
            }
            for (String t : new String[] {d.key(), parts.get(d.longest())}) {
                if (t.contains(h) && h.length() * 2 >= t.length() || h.contains(t) && t.length() * 2 >= h.length()) {
                    best = Math.max(best, 2);
                } else if (t.contains(h) && h.length() >= MIN_PARTIAL) {
                    best = Math.max(best, 1);
                }
            }
        }
        return best;
    }
}
