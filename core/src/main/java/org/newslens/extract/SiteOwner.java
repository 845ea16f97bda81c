package org.newslens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.newslens.model.Author;

/**
 * The last guess at an author, for pages that print no byline: a personal site's owner, known from the attribution of
 * its Creative Commons licence, from the copyright line in its footer ("© 2020 Anna Muster"), or from a site name shaped like a person's name that is also the site's
 * address (anna-muster.de, "Dr. Anna Muster"). A site name alone is no evidence: "Royal Road" reads like a person
 * too.
 */
final class SiteOwner {
    /** Two or three capitalised words, optionally after a title or with initials: the shape of a person's name. */
    private static final Pattern PERSON_NAME = Pattern.compile(
            "(?:(?:Dr|Prof)\\.\\s+)?\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:\\p{Lu}\\.\\s*)?\\p{Lu}[\\p{Ll}'’-]+){1,2}"
                    + "|\\p{Lu}\\.\\s?\\p{Lu}[\\p{Ll}'’-]+");

    /** "© 2020 Anna Muster", "(c) Anna Muster", "Copyright 2006-2008 by Anna Muster". */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)\\s*(?:\\(c\\)\\s*)?(?:(?:since\\s+)?\\d{4}(?:\\s*[-–]\\s*(?:\\d{4})?)?\\s*)?(?:by\\s+)?"
                    + "((?-i:\\p{Lu})[\\p{L}.'’ -]{2,40}?)(?=\\s*(?:$|[|•·,;/]|\\s[-–]\\s|\\s(?:all|alle|tous|todos)\\s|\\.\\s))");

    /** An academic title before a name. */
    private static final Pattern TITLE = Pattern.compile("^(?:(?:Dr|Prof)\\.\\s*)+");

    /** Class or id words of a page footer. */
    private static final Pattern FOOTER_NAMES = Pattern.compile("(?i)footer|copyright|colophon|credits|site-info|impressum");

    /** Copyright lines are short; longer text mentioning © is a licence notice or an article. */
    private static final int MAX_LINE = 160;

    private SiteOwner() {
    }

    /**
     * @param names the names the site declares (og:site_name, application name, title parts, tagline), tried
     *     against its address
     * @param tagline the line a blog prints under its name, if declared
     */
    static List<Author> find(Document doc, SiteNames site, List<String> names, String tagline) {
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        List<Element> marked = new ArrayList<>();
        Element[] licence = new Element[1];
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t && hasCopyrightSign(t.getWholeText()) && node.parent() instanceof Element e
                        && (marked.isEmpty() || marked.get(marked.size() - 1) != e)) {
                    marked.add(e);
                } else if (licence[0] == null && node instanceof Element e && e.attributesSize() > 0
                        && isLicenceAttribution(e)) {
                    licence[0] = e;
                }
                return FilterResult.CONTINUE;
            }
        });
        if (licence[0] != null) {
            // A blog states its owner in the line of its Creative Commons licence.
            Element e = licence[0];
            List<Author> authors = BylineText.parse(e.hasAttr("content") ? e.attr("content") : SpacedText.of(e));
            // "Die Bilder in diesem <a>Blog</a>" names no one: only full names count.
            if (!authors.isEmpty() && authors.stream().allMatch(a -> ClosingBylines.isFullName(a.name()))) {
                return authors;
            }
        }
        for (Element e : marked) {
            String line = Whitespace.flatten(e.ownText());
            // A © in a caption credits a photographer; the site's owner signs the footer.
            if (line.length() > MAX_LINE || !inFooter(e)) {
                continue;
            }
            Matcher m = COPYRIGHT.matcher(line);
            if (m.find() && isPersonName(m.group(1).strip())) {
                return List.of(new Author(m.group(1).strip(), Author.Kind.PERSON));
            }
        }
        for (String name : names) {
            String flat = name == null ? "" : Whitespace.flatten(name);
            String person = TITLE.matcher(flat).replaceFirst("");
            // "Zoo Berlin" on zoo-berlin.de is shaped like a name too; a title or a tagline says it is a person's.
            boolean personal = !person.equals(flat) || tagline != null && flat.equals(Whitespace.flatten(tagline));
            if (personal && isPersonName(person) && site.isHost(person)) {
                return List.of(new Author(person, Author.Kind.PERSON));
            }
        }
        return List.of();
    }

    /** {@code <a rel="cc:attributionURL">}, {@code property="cc:attributionName"}. */
    private static boolean isLicenceAttribution(Element e) {
        return e.attr("rel").equalsIgnoreCase("cc:attributionURL") || e.attr("property").equals("cc:attributionName");
    }

    private static boolean hasCopyrightSign(String text) {
        return text.indexOf('©') >= 0 || text.contains("(c)") || text.contains("(C)") || text.contains("opyright");
    }

    private static boolean inFooter(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.normalName().equals("footer")
                    || FOOTER_NAMES.matcher(a.className() + " " + a.id()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersonName(String name) {
        return PERSON_NAME.matcher(name).matches() && AuthorKinds.kindOf(name) == Author.Kind.PERSON
                && !BylineText.parse(name).isEmpty();
    }
}
