package org.newslens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Finds the headline a reader sees. Pages declare titles for search engines and social cards ({@code <title>},
 * og:title, JSON-LD headline) that often differ from the printed one by a site name, a kicker or SEO wording, so
 * the visible heading is preferred when one stands out; the declared titles vote for which heading that is and
 * are the fallback when none does.
 */
final class TitleFinder {
    /** Separators sites put between a headline and their own name in {@code <title>}. */
    static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|·•»«:/–—-]|::|-{2})\\s+|\\s*[|│]\\s*");

    /** Class and id words of page furniture: a heading there is a logo, a menu or a teaser, not the headline. */
    private static final Pattern CHROME_NAMES = Pattern.compile(
            "(?i)(?:^|[-_])(?:logo|brand|nav(?:$|[_-]|igation|skip)|site-?title|site-?name|blog-?title|blog-?name|"
                    + "masthead|site-?header|sidebar|widget|footer|menu|navbar|comment|related|teaser|modal|popup|"
                    + "cookie|newsletter|paywall|subscribe|promo|carousel|slide|photo-?viewer|lightbox)");

    /**
     * Class words of layout wrappers that merely mention furniture ("content-sidebar-wrap" holds the article
     * next to the sidebar).
     */
    private static final Pattern LAYOUT_NAMES = Pattern.compile("(?i)content|main|wrap|container|inner|body|page|layout");

    /** A page header with this many links is the site's menu bar. */
    private static final int MENU_LINKS = 5;

    /** Breadcrumb trails: some sites print the headline as the trail's last entry, so this is only a mild sign. */
    private static final Pattern BREADCRUMB = Pattern.compile("(?i)bread-?crumb");

    /** Elements that may carry the headline: headings, and elements a theme or schema marks as the title. */
    private static final String CANDIDATES = "h1, h2, [itemprop=headline], "
            + "[class~=(?i)headline|entry-title|post-title|article-title|story-title]";

    /**
     * Points for agreeing with a declared title (none, a minor part, contained, equal): agreement outweighs tag
     * and position, but a weak partial match only breaks ties.
     */
    private static final int[] AGREEMENT_POINTS = {0, 1, 20, 30};

    /** What an h1 (or schema headline) is worth on its own, and the least a heading must score to be taken. */
    private static final int H1_POINTS = 3;

    /** Logos, menus, sidebars, teasers, hidden helpers: their headings only win by agreeing with a title. */
    private static final int FURNITURE_PENALTY = 20;

    /** Breadcrumbs and other navigation: a mild sign, since trails often repeat the headline. */
    private static final int TRAIL_PENALTY = 5;

    /** Class tokens that hide an element from sighted readers. */
    private static final Pattern HIDDEN_TOKEN = Pattern.compile(
            "(?i)^(?:hidden$|sr-only|screen-?reader|visually-?hidden|element-invisible|invisible$|offscreen|a11y|assistive|aural)");

    /** Class words of a kicker, topic label or date printed inside the headline element. */
    private static final Pattern KICKER_NAMES = Pattern.compile(
            "(?i)kicker|roofline|topline|overline|dachzeile|spitzmarke|eyebrow|supertitle|sub-?heading|subtitle|"
                    + "pre-?title|topic|label|category|rubric|date|h1small");

    /** Class words of the part of a heading that is the headline proper, next to a kicker or label. */
    private static final Pattern HEADLINE_PART = Pattern.compile("(?i)(^|[-_\\s])(title|headline|heading__title)($|[-_\\s])");

    /** Characters that only steer line breaking or rendering. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

    /** A heading this long that a title merely contains is a weak sign; shorter ones are chance matches. */
    private static final int MIN_PARTIAL = 12;

    /** A heading longer than this is a paragraph set in large type. */
    private static final int MAX_HEADLINE = 300;

    /** Headings past this many are deep in the page (lists, footers); looking further only costs time. */
    private static final int MAX_HEADINGS = 400;

    private TitleFinder() {
    }

    static String find(Document doc, MetaTags meta, JsonNode article, Set<String> siteNames) {
        List<String> declared = new ArrayList<>();
        for (String t : new String[] {JsonLd.text(article, "headline"), meta.first("og:title"),
            meta.first("twitter:title"), meta.first("dc.title"), documentTitle(doc)}) {
            if (t != null && !t.isBlank()) {
                declared.add(readable(Parser.unescapeEntities(t, false)));
            }
        }
        String heading = bestHeading(doc, declared, siteNames);
        if (heading != null) {
            return heading;
        }
        for (String t : declared) {
            String cleaned = stripSiteName(t, siteNames);
            if (cleaned != null && !cleaned.isEmpty()) {
                return cleaned;
            }
        }
        return null;
    }

    /** The {@code <title>} text; pages that misplace it outside {@code <head>} still mean it. */
    private static String documentTitle(Document doc) {
        for (Element title : doc.getElementsByTag("title")) {
            if (title.closest("svg") == null) {
                return title.text();
            }
        }
        return null;
    }

    private static String bestHeading(Document doc, List<String> declared, Set<String> siteNames) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        String best = null;
        int bestScore = 0;
        int bodyLength = body.text().length();
        int seen = 0;
        for (Element e : body.select(CANDIDATES)) {
            if (++seen > MAX_HEADINGS) {
                break;
            }
            String text = declaredPart(headlineText(e), declared);
            if (text.length() < 2 || text.length() > MAX_HEADLINE || isSiteName(text, siteNames)) {
                continue;
            }
            int score = AGREEMENT_POINTS[agreement(text, declared)] + tagPoints(e);
            if (score > bestScore) {
                score -= chromePenalty(e, bodyLength);
            }
            if (score > bestScore) {
                best = text;
                bestScore = score;
            }
        }
        // A bare h2 or a title-classed element with no declared title behind it is more often a section heading
        // or a teaser than the headline; an h1 alone is enough, and so is an h2 when nothing else names the page.
        return bestScore >= (declared.isEmpty() ? 1 : H1_POINTS) ? best : null;
    }

    private static int tagPoints(Element e) {
        return switch (e.tagName()) {
            case "h1" -> H1_POINTS;
            case "h2" -> 1;
            default -> e.attr("itemprop").equals("headline") ? H1_POINTS : 0;
        };
    }

    /** "Headline | Site" printed as the heading: the part that is a declared title, else the whole text. */
    private static String declaredPart(String heading, List<String> declared) {
        String[] parts = TITLE_SEPARATOR.split(heading);
        if (parts.length > 1) {
            for (String part : parts) {
                for (String title : declared) {
                    if (key(part).equals(key(title))) {
                        return part.strip();
                    }
                }
            }
        }
        return heading;
    }

    /** The heading's text without a kicker, label or hidden helper text printed inside it. */
    static String headlineText(Element heading) {
        Element e = heading;
        while (e.childrenSize() == 1 && !hasOwnText(e)) {
            e = e.child(0);
        }
        String whole = readable(heading.text());
        for (Element part : e.children()) {
            if (HEADLINE_PART.matcher(part.className()).find()) {
                String text = readable(part.text());
                if (!text.isEmpty() && text.length() < whole.length()) {
                    return text;
                }
            }
        }
        StringBuilder kept = new StringBuilder();
        List<Node> nodes = e.childNodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node instanceof TextNode t) {
                kept.append(t.getWholeText());
            } else if (node instanceof Element child && !isAside(child)
                    && !(kept.toString().isBlank() && isLeadingKicker(child, nodes, i + 1))) {
                appendVisible(child, kept);
            }
        }
        String text = readable(kept.toString());
        return text.codePoints().filter(Character::isLetter).count() >= 2 ? text : whole;
    }

    /** Flattened text without soft hyphens and zero-width characters, which readers never see. */
    static String readable(String s) {
        return Whitespace.flatten(INVISIBLE.matcher(s).replaceAll(""));
    }

    private static boolean hasOwnText(Element e) {
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static void appendVisible(Element e, StringBuilder out) {
        String gap = e.isBlock() || e.tagName().equals("br") ? " " : "";
        out.append(gap);
        for (Node node : e.childNodes()) {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (node instanceof Element child && !isAside(child)) {
                appendVisible(child, out);
            }
        }
        out.append(gap);
    }

    /**
     * Whether an element opening a heading is a kicker ("Brexit: ", a topic line) rather than the headline's first
     * words: it is the shorter part and what follows starts a new phrase, not a lower-case continuation.
     */
    private static boolean isLeadingKicker(Element first, List<Node> nodes, int from) {
        if (first.tagName().equals("a")) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        for (int i = from; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node instanceof TextNode t) {
                rest.append(t.text());
            } else if (node instanceof Element child && !isAside(child)) {
                rest.append(child.text());
            }
        }
        String following = rest.toString().strip();
        return !following.isEmpty() && first.text().strip().length() < following.length()
                && !Character.isLowerCase(following.codePointAt(0));
    }

    /** A part of a heading that is not the headline: a kicker, a date, a label, or text only screen readers get. */
    private static boolean isAside(Element e) {
        String tag = e.tagName();
        if (tag.equals("small") || tag.equals("time") || tag.equals("style") || tag.equals("script")
                || e.attr("aria-hidden").equals("true")) {
            return true;
        }
        for (String token : e.classNames()) {
            if (HIDDEN_TOKEN.matcher(token).find()) {
                return true;
            }
        }
        return KICKER_NAMES.matcher(e.className()).find();
    }

    /** How well a heading agrees with the declared titles: 3 equal, 2 contained, 1 a minor title part, 0 none. */
    private static int agreement(String heading, List<String> declared) {
        String h = key(heading);
        int best = 0;
        for (String title : declared) {
            String whole = key(title);
            if (whole.equals(h)) {
                return 3;
            }
            String[] parts = TITLE_SEPARATOR.split(title);
            String longest = "";
            for (String p : parts) {
                longest = p.length() > longest.length() ? p : longest;
            }
            for (String part : parts) {
                if (key(part).equals(h)) {
                    // The headline is usually a title's longest part; a short leading part may be the headline or
                    // the site's name, and other parts are sections or slogans.
                    if (part == longest) {
                        return 3;
                    }
                    best = Math.max(best, part == parts[0] ? 2 : 1);
                }
            }
            for (String t : new String[] {whole, key(longest)}) {
                if (t.contains(h) && h.length() * 2 >= t.length() || h.contains(t) && t.length() * 2 >= h.length()) {
                    best = Math.max(best, 2);
                } else if (t.contains(h) && h.length() >= MIN_PARTIAL) {
                    best = Math.max(best, 1);
                }
            }
        }
        return best;
    }

    /** How surely the heading sits in page furniture rather than in the article. */
    private static int chromePenalty(Element heading, int bodyLength) {
        if (linksHome(heading)) {
            return FURNITURE_PENALTY;
        }
        int penalty = 0;
        for (Element e = heading; e != null && !e.tagName().equals("body"); e = e.parent()) {
            String tag = e.tagName();
            if (tag.equals("footer") || tag.equals("aside") || tag.equals("header") && isSiteHeader(e)) {
                return FURNITURE_PENALTY;
            }
            boolean named = false;
            for (String token : (e.className() + " " + e.id()).split("\\s+")) {
                if (HIDDEN_TOKEN.matcher(token).find()) {
                    return FURNITURE_PENALTY;
                }
                named |= CHROME_NAMES.matcher(token).find() && !LAYOUT_NAMES.matcher(token).find();
                if (BREADCRUMB.matcher(token).find() || tag.equals("nav")) {
                    penalty = TRAIL_PENALTY;
                }
            }
            // Layout wrappers are named for what sits beside the article ("has-sidebar"); real furniture is
            // a small part of the page.
            if (named && e.text().length() * 2 < bodyLength) {
                return FURNITURE_PENALTY;
            }
        }
        return penalty;
    }

    /** A heading that links to the site's front page is the site's name. */
    private static boolean linksHome(Element heading) {
        Element link = heading.selectFirst("a[href]");
        if (link == null) {
            link = heading.closest("a[href]");
        }
        if (link == null) {
            return false;
        }
        String href = link.attr("href").strip();
        String abs = link.absUrl("href");
        return href.equals("/") || href.equals("./") || !abs.isEmpty() && abs.replaceFirst("^https?://[^/]+", "").matches("/?(index\\.\\w+)?");
    }

    /** A page-wide header (logo, menu) rather than the header of the article. */
    private static boolean isSiteHeader(Element header) {
        String names = header.className() + " " + header.id();
        return !names.matches("(?i).*(article|entry|post|story|content|page|title).*")
                && header.closest("article, main") == null
                && (!header.getElementsByTag("nav").isEmpty() || header.getElementsByTag("a").size() >= MENU_LINKS);
    }

    /** The names a site goes by: declared site names and the host name's main label, as comparison keys. */
    static Set<String> siteNames(String url, String... names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                keys.add(key(n));
                addLetters(keys, n);
            }
        }
        String host = host(url);
        if (host != null) {
            addLetters(keys, host);
            String[] labels = host.split("\\.");
            if (labels.length >= 2) {
                addLetters(keys, labels[labels.length - 2]);
            }
        }
        return keys;
    }

    private static void addLetters(Set<String> keys, String name) {
        String l = letters(name);
        // Names in scripts without Latin letters have no letter key; an empty key would match every such heading.
        if (l.length() >= 3) {
            keys.add(l);
        }
    }

    static boolean isSiteName(String text, Set<String> siteNames) {
        String l = letters(text);
        return siteNames.contains(key(text)) || l.length() >= 3 && siteNames.contains(l);
    }

    /** "Headline | Site" → "Headline": drops the parts that name the site, or failing that a short trailing part. */
    static String stripSiteName(String title, Set<String> siteNames) {
        String t = Whitespace.flatten(title);
        String[] parts = TITLE_SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (!isSiteName(part, siteNames) && !siteNames.stream().anyMatch(s -> s.length() > 3 && key(part).equals(s))) {
                kept.add(part);
            }
        }
        if (!kept.isEmpty() && kept.size() < parts.length) {
            return Whitespace.flatten(t.substring(t.indexOf(kept.get(0)),
                    t.lastIndexOf(kept.get(kept.size() - 1)) + kept.get(kept.size() - 1).length()));
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (last.length() < first.length() && last.split("\\s+").length <= 4) {
            return Whitespace.flatten(t.substring(0, t.lastIndexOf(last)).replaceAll("\\s*(?:[|·•»«:/–—-]|::|-{2}|│)\\s*$", ""));
        }
        if (first.length() < last.length() && first.split("\\s+").length <= 3 && parts.length == 2) {
            return last;
        }
        return t;
    }

    /** Comparison key: the way a reader would not tell two titles apart (case, quotes, dashes, spacing). */
    static String key(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = t.replaceAll("[\"“”„‟«»‘’‚‛‹›'`´]", "").replaceAll("[‐‑‒–—―−]", "-");
        return Whitespace.flatten(t);
    }

    private static String letters(String s) {
        String folded = Normalizer.normalize(s.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"), Normalizer.Form.NFD);
        return folded.replaceAll("[^a-z0-9]", "");
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(url.strip().replace(" ", "%20")).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\d?\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
