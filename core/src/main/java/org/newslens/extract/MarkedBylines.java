package org.newslens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.NodeIterator;
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

    /** Links to an author's page: "/author/anna-muster", "/autoren/…", "/redaktion/…", "/reporters/…". */
    static final Pattern AUTHOR_PATH = Pattern.compile(
            "(?i)/(?:author|authors|autor|autoren|autorin|staff|reporters?|journalist(?:en|s)?|redaktion|redakteur|"
                    + "creator|writers?|mitarbeiter|profil|profile|people|team|user|users|u|member)/[^/?#]");

    /** A byline class repeated in this many boxes marks a list of teasers. */
    private static final int MIN_LISTED = 3;

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
        List<Element> candidates = new ArrayList<>();
        int headlineAt = headline == null ? 0 : -1;
        Map<String, Boolean> verdicts = new HashMap<>();
        for (NodeIterator<Element> it = new NodeIterator<>(body, Element.class);
                it.hasNext() && candidates.size() < MAX_CANDIDATES; ) {
            Element e = it.next();
            if (e == headline) {
                headlineAt = candidates.size();
            }
            if (isCandidate(e, verdicts)) {
                candidates.add(e);
            }
        }
        Set<String> listed = listedClasses(candidates);
        List<Author> first = List.of();
        for (int i = 0; i < candidates.size(); i++) {
            Element e = candidates.get(i);
            if (listed.contains(e.className()) || TitleText.longerThan(e, MAX_BYLINE_TEXT) || isElsewhere(e, holders)) {
                continue;
            }
            List<Author> authors = names(e);
            // A byline naming the site stands; one declared in hidden microdata or in the page header above the
            // headline ("vcard author" on the blog's title) gives way to one that names someone.
            boolean aside = headlineAt < 0 || i < headlineAt || e.hasAttr("content") || SpacedText.of(e).isBlank();
            if (!authors.isEmpty() && !(aside && authors.stream().allMatch(fallback))) {
                return withCoAuthors(authors, e, candidates.subList(i + 1, candidates.size()));
            }
            if (first.isEmpty()) {
                first = authors;
            }
        }
        return first;
    }

    /** Co-authors marked like the first, one element each in the same byline: "By <span>A</span>, <span>B</span>". */
    private static List<Author> withCoAuthors(List<Author> first, Element e, List<Element> later) {
        List<Author> authors = new ArrayList<>(first);
        for (Element next : later) {
            if (next.parent() == e.parent() && next.className().equals(e.className())) {
                authors.addAll(names(next));
            }
        }
        return authors.size() == first.size() ? first : BylineText.dedupe(authors);
    }

    /**
     * Class values that mark bylines in a list of teasers or tags rather than the article's: repeated on this many
     * candidates in as many different boxes, with different names and no links to them. Co-authors of one byline
     * share their box.
     */
    private static Set<String> listedClasses(List<Element> candidates) {
        Map<String, List<Element>> byClass = new HashMap<>();
        for (Element e : candidates) {
            if (!e.className().isEmpty()) {
                byClass.computeIfAbsent(e.className(), k -> new ArrayList<>()).add(e);
            }
        }
        Set<String> listed = new HashSet<>();
        for (Map.Entry<String, List<Element>> entry : byClass.entrySet()) {
            List<Element> same = entry.getValue();
            if (same.size() < MIN_LISTED) {
                continue;
            }
            Set<Element> boxes = new HashSet<>();
            Set<String> texts = new HashSet<>();
            boolean linked = false;
            for (Element e : same) {
                boxes.add(e.parent());
                texts.add(SpacedText.of(e).strip());
                linked |= hasNamePart(e);
            }
            // Bylines linking their authors (a blog's list of posts) name the posts' authors; only unlinked
            // repeats are teasers or tags.
            if (boxes.size() >= MIN_LISTED && texts.size() > 1 && !linked) {
                listed.add(entry.getKey());
            }
        }
        return listed;
    }

    private static List<Author> names(Element e) {
        if (e.hasAttr("content")) {
            return BylineText.parse(e.attr("content"));
        }
        List<Author> authors = new ArrayList<>();
        for (Element part : e.getAllElements()) {
            if (part != e && isNamePart(part)) {
                String text = part.hasAttr("content") ? part.attr("content") : SpacedText.of(part);
                authors.addAll(BylineText.parse(text));
            }
        }
        if (authors.isEmpty()) {
            authors.addAll(BylineText.parse(SpacedText.of(e)));
        }
        return BylineText.dedupe(authors);
    }

    private static boolean hasNamePart(Element e) {
        for (Element part : e.getAllElements()) {
            if (part != e && isNamePart(part)) {
                return true;
            }
        }
        return false;
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

    /**
     * Whether an element is marked as a byline. Called on every element of the page, so the cheap tests go first
     * and verdicts on class values are remembered: pages repeat a few hundred of them over thousands of elements.
     */
    static boolean isCandidate(Element e, Map<String, Boolean> verdicts) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.className();
        if (!cls.isEmpty() && verdicts.computeIfAbsent(cls, MarkedBylines::isBylineClass)) {
            return true;
        }
        String id = e.id();
        if (!id.isEmpty() && containsAnyIgnoreCase(id, BYLINE_NAMES)) {
            return true;
        }
        return e.attr("itemprop").equals("author") || hasToken(e.attr("rel"), "author");
    }

    /** Whether {@code s} contains one of the lower-case {@code words}, in any case; lower-cases only if it must. */
    private static boolean containsAnyIgnoreCase(String s, String[] words) {
        if (containsAny(s, words)) {
            return true;
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return containsAny(s.toLowerCase(Locale.ROOT), words);
            }
        }
        return false;
    }

    private static boolean isBylineClass(String cls) {
        String lower = cls.toLowerCase(Locale.ROOT);
        // Drupal marks its "Submitted by …" line so; "formSubmitted" is not one.
        return hasToken(lower, "submitted") || containsAny(lower, BYLINE_NAMES) && !POST_WRAPPER.matcher(cls).find();
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

    static boolean hasToken(String value, String token) {
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
}
