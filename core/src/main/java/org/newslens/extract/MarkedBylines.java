package org.newslens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newslens.model.Author;

/**
 * The byline the markup marks as one: {@code itemprop="author"}, {@code rel="author"}, or a class or id such as
 * "byline" or "post-author". Names in comments, sidebars and footers belong to other texts and are skipped, except
 * inside the element that holds the headline: a sidebar does not hold the article's headline, so a wrapper that
 * does ("one-sidebar", a blog engine's "widget Blog") is the article's own layout.
 */
final class MarkedBylines {
    /** Class or id words of byline elements (lower case; plain substrings, for speed). */
    private static final String[] BYLINE_NAMES = {
        "author", "byline", "autor", "verfasser", "writer", "journalist", "wrote"
    };

    /** Class or id words of parts of the page whose names are not the article's authors. */
    private static final String[] ELSEWHERE_NAMES = {
        "comment", "kommentar", "respond", "reply", "sidebar", "widget", "related", "recent", "teaser", "footer",
        "discussion", "disqus", "review"
    };

    /** The same words at the start of a class token ("comment-list", "sidebar"), not inside one ("nocomments"). */
    private static final Pattern ELSEWHERE_TOKEN = Pattern.compile(
            "(?i)(?:^|[-_])(?:comment|kommentar|respond|reply|sidebar|widget|related|recent|teaser|discussion|"
                    + "disqus|review)|^(?!.*(?:post|entry|article|single|story|content|byline|author)).*footer");

    /**
     * Tokens that mention those words without marking such a part: layout wrappers ("content-sidebar-wrap",
     * "has-sidebar"), and taxonomy classes a blog engine puts on a post ("category-kommentar", "tag-reviews").
     */
    private static final Pattern LAYOUT_TOKEN = Pattern.compile(
            "(?i)layout|wrap|container|content|main|page|body|open|^(?:one|two|three|has|with|no|without|full)-|"
                    // Page builders class every block of the article a widget ("elementor-widget-post-info"); an
                    // article's own sidebar holds its byline and dates.
                    + "^elementor|article-sidebar|"
                    + "^(?:category|categories|tag|tags|post_tag|topic)-");

    /** Classes a blog engine puts on a whole post ("post type-post hentry"); its author appears only as a slug. */
    private static final Pattern POST_WRAPPER = Pattern.compile("(?i)(?:^|\\s)(?:hentry|type-post|status-publish)(?:\\s|$)");

    /** Class tokens of the categories or tags a theme prints in its byline row ("byline-part cats"). */
    private static final Pattern TAXONOMY_TOKEN = Pattern.compile(
            "(?i)cats?|categor(?:y|ies)|tags?|[\\w-]*[-_](?:cats?|categor(?:y|ies)|tags?)");

    /** Links to an author's page: "/author/anna-muster", "/autoren/…", "/redaktion/…", "/reporters/…". */
    static final Pattern AUTHOR_PATH = Pattern.compile(
            "(?i)/(?:author|authors|autor|autoren|autorin|staff|reporters?|journalist(?:en|s)?|redaktion|redakteur|"
                    + "creator|writers?|mitarbeiter|profil|profile|people|team|user|users|u|member)/[^/?#]");

    /** Marks an inline element's edge in {@link #spacedText}: a space, unless it falls inside a word. */
    private static final char SOFT_BREAK = '\u0001';
    private static final Pattern SOFT_BREAK_IN_WORD = Pattern.compile("(?<=\\p{L})\u0001+(?=\\p{Ll}{1,2}(?!\\p{L}))");

    /** Byline candidates past this many are deep in lists and footers. */
    private static final int MAX_CANDIDATES = 60;

    /** A byline element with more text than this is a container (an article, a bio box), not a byline. */
    private static final int MAX_BYLINE_TEXT = 200;

    private MarkedBylines() {
    }

    /**
     * The first marked byline outside comments and sidebars, with every name in it; empty when none. A byline
     * naming only the site or initials ({@code fallback}) gives way to a later one that names someone.
     */
    static List<Author> find(Element body, Element headline, Predicate<Author> fallback) {
        List<Element> holders = headline == null ? List.of() : headline.parents();
        List<Author> first = List.of();
        int seen = 0;
        boolean passed = headline == null;
        Map<String, Boolean> verdicts = new HashMap<>();
        for (Iterator<Element> it = body.stream().iterator(); it.hasNext(); ) {
            Element e = it.next();
            passed |= e == headline;
            if (!isCandidate(e, verdicts)) {
                continue;
            }
            if (++seen > MAX_CANDIDATES) {
                break;
            }
            if (TitleText.longerThan(e, MAX_BYLINE_TEXT) || isElsewhere(e, holders)) {
                continue;
            }
            List<Author> authors = names(e);
            // A byline naming the site stands; one declared in hidden microdata or in the page header above the
            // headline ("vcard author" on the blog's title) gives way to one that names someone.
            boolean aside = !passed || e.hasAttr("content") || spacedText(e).isBlank();
            if (!authors.isEmpty() && !(aside && authors.stream().allMatch(fallback))) {
                return authors;
            }
            if (first.isEmpty()) {
                first = authors;
            }
        }
        return first;
    }

    private static List<Author> names(Element e) {
        if (e.hasAttr("content")) {
            return BylineText.parse(e.attr("content"));
        }
        List<Author> authors = new ArrayList<>();
        for (Element part : e.getAllElements()) {
            if (part != e && isNamePart(part)) {
                String text = part.hasAttr("content") ? part.attr("content") : spacedText(part);
                authors.addAll(BylineText.parse(text));
            }
        }
        if (authors.isEmpty()) {
            authors.addAll(BylineText.parse(spacedText(e)));
        }
        return BylineText.dedupe(authors);
    }

    /** An element inside a byline that holds just a name. */
    private static boolean isNamePart(Element part) {
        if (part.attr("itemprop").equals("name")) {
            return !inOtherScope(part);
        }
        if (hasToken(part.attr("rel"), "author")
                || part.hasClass("fn")) {
            return true;
        }
        return part.normalName().equals("a") && AUTHOR_PATH.matcher(part.attr("href")).find();
    }

    /** A name inside another item than the author: an affiliation, a publisher ("itemprop=affiliation"). */
    private static boolean inOtherScope(Element part) {
        for (Element a = part; a != null; a = a.parent()) {
            if (a.hasAttr("itemscope")) {
                String prop = a.attr("itemprop");
                return !prop.isEmpty() && !prop.equals("author") && !prop.equals("creator");
            }
        }
        return false;
    }

    /** Whether an element is marked as a byline; verdicts on class values are remembered, as pages repeat them. */
    static boolean isCandidate(Element e, Map<String, Boolean> verdicts) {
        if (e.attributesSize() == 0) {
            return false;
        }
        if (e.attr("itemprop").equals("author") || hasToken(e.attr("rel"), "author")) {
            return true;
        }
        String id = e.id();
        if (!id.isEmpty() && containsAny(id.toLowerCase(Locale.ROOT), BYLINE_NAMES)) {
            return true;
        }
        String cls = e.className();
        return !cls.isEmpty() && verdicts.computeIfAbsent(cls, MarkedBylines::isBylineClass);
    }

    private static boolean isBylineClass(String cls) {
        // Drupal marks its "Submitted by …" line so; "formSubmitted" is not one.
        return hasToken(cls, "submitted")
                || containsAny(cls.toLowerCase(Locale.ROOT), BYLINE_NAMES) && !POST_WRAPPER.matcher(cls).find();
    }

    /** Inside comments, sidebars, footers or forms, below the elements that hold the headline. */
    static boolean isElsewhere(Element e, List<Element> holders) {
        for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
            if (holds(holders, a)) {
                return false;
            }
            String tag = a.normalName();
            // An article's own footer or aside holds its byline; the page's hold other things.
            if ((tag.equals("footer") || tag.equals("aside")) && a.closest("article") == null || tag.equals("form")) {
                return true;
            }
            // An author box may be classed by where it sits ("author-bio footer").
            if (marksElsewhere(a) && !(a == e && isAuthorBoxInFooter(a))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAuthorBoxInFooter(Element e) {
        String names = e.className().toLowerCase(Locale.ROOT);
        return names.contains("author") && names.contains("footer") && !names.contains("comment");
    }

    /** Whether an element's own class or id marks a comment, sidebar, related list or page footer. */
    static boolean marksElsewhere(Element a) {
        if ((a.hasAttr("class") || a.hasAttr("id"))
                && containsAny((a.className() + " " + a.id()).toLowerCase(Locale.ROOT), ELSEWHERE_NAMES)) {
            for (String token : (a.className() + " " + a.id()).split("\\s+")) {
                if (ELSEWHERE_TOKEN.matcher(token).find() && !LAYOUT_TOKEN.matcher(token).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean holds(List<Element> holders, Element a) {
        for (Element h : holders) {
            if (h == a) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasToken(String value, String token) {
        return !value.isEmpty() && (" " + value.toLowerCase(Locale.ROOT) + " ").contains(" " + token + " ");
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
     * Visible text with a space at element boundaries, so "Autor" and a name in the next span stay apart. An inline
     * element that continues a word in lower case ("Will Knigh<span>t</span>") is joined without one.
     */
    static String spacedText(Element e) {
        StringBuilder out = new StringBuilder();
        appendSpaced(e, out);
        return SOFT_BREAK_IN_WORD.matcher(out).replaceAll("").replace(SOFT_BREAK, ' ');
    }

    private static void appendSpaced(Element e, StringBuilder out) {
        for (Node node : e.childNodes()) {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (node instanceof Element child && !isHidden(child)) {
                char gap = child.isBlock() || child.normalName().equals("br") ? ' ' : SOFT_BREAK;
                out.append(gap);
                appendSpaced(child, out);
                out.append(gap);
            }
        }
    }

    /** Left out of a byline's text: scripts, dates, text for screen readers, and category or tag links. */
    private static boolean isHidden(Element e) {
        String tag = e.normalName();
        if (tag.equals("script") || tag.equals("style") || tag.equals("time") || tag.equals("noscript")
                || hasToken(e.attr("rel"), "tag") || hasToken(e.attr("rel"), "category")) {
            return true;
        }
        for (String token : e.classNames()) {
            if (HeadlineText.HIDDEN_TOKEN.matcher(token).find() || TAXONOMY_TOKEN.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }
}
