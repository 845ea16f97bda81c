package org.newslens.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.model.Author;

/**
 * The last guess at an author, for pages that print no byline: a personal site's owner, known from a site name that
 * is a person's name ("Dr. Anna Muster") or from the copyright line ("© 2020 Anna Muster").
 */
final class SiteOwner {
    /** Two or three capitalised words, optionally after a title or with initials: the shape of a person's name. */
    private static final Pattern PERSON_NAME = Pattern.compile(
            "(?:(?:Dr|Prof)\\.\\s+)?\\p{Lu}[\\p{Ll}'’-]+(?:\\s+(?:\\p{Lu}\\.\\s*)?\\p{Lu}[\\p{Ll}'’-]+){1,2}"
                    + "|\\p{Lu}\\.\\s?\\p{Lu}[\\p{Ll}'’-]+");

    /** "© 2020 Anna Muster", "(c) Anna Muster", "Copyright 2006-2008 by Anna Muster". */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)(?:©|\\(c\\)|copyright)\\s*(?:(?:since\\s+)?\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?(?:by\\s+)?"
                    + "((?-i:\\p{Lu})[\\p{L}.'’ -]{2,40}?)(?=\\s*(?:$|[|•·,;/]|\\s[-–]\\s|\\s(?:all|alle|tous|todos)\\s|\\.\\s))");

    /** Copyright lines are short; longer text mentioning © is a licence notice or an article. */
    private static final int MAX_LINE = 160;

    private SiteOwner() {
    }

    static List<Author> find(Document doc, String siteName) {
        String site = siteName == null ? null : Whitespace.flatten(siteName).replaceFirst("^(?:Dr|Prof)\\.\\s+", "");
        if (site != null && isPersonName(site)) {
            return List.of(new Author(Whitespace.flatten(siteName), Author.Kind.PERSON));
        }
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        for (Element e : body.getElementsContainingOwnText("©")) {
            String line = Whitespace.flatten(e.ownText());
            if (line.length() > MAX_LINE) {
                continue;
            }
            Matcher m = COPYRIGHT.matcher(line);
            if (m.find() && isPersonName(m.group(1).strip())) {
                return List.of(new Author(m.group(1).strip(), Author.Kind.PERSON));
            }
        }
        return List.of();
    }

    private static boolean isPersonName(String name) {
        return PERSON_NAME.matcher(name).matches() && BylineText.kindOf(name) == Author.Kind.PERSON
                && !BylineText.parse(name).isEmpty();
    }
}
