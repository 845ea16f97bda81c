package org.newslens.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.newslens.model.DateValue.Origin;

/**
 * Finds the publication date a page prints for its readers, for pages that declare none and to settle which calendar
 * day a declared UTC time falls on. Every date in the visible text and every {@code <time>} element is a candidate;
 * the one printed closest to the headline wins, helped by a lead-in such as "Veröffentlicht am" or "Posted on" and a
 * date-like class, and held back when it sits in comments, sidebars or footers or beside a copyright sign.
 * htmldate's extensive search (Barbaresi 2020) looks through the whole page in the same spirit; the scoring here is
 * our own.
 */
final class VisibleDates {
    /** Class, id or itemprop words of elements that print dates (lower case; plain substrings, for speed). */
    private static final String[] DATE_NAMES = {
        "date", "datum", "time", "zeit", "publish", "posted", "byline", "meta", "fecha", "data", "info"
    };

    /** Class or id words of page parts whose dates belong to other texts: comments, teasers, sidebars. */
    private static final Pattern ELSEWHERE_NAMES = Pattern.compile(
            "(?:^|[-_])(?:comments?|kommentar\\w*|sidebar|widget|related|teaser|footer|recent|popular|archive|"
                    + "calendar|reply|replies|respond)(?:$|[-_\\d])");

    /** Cheap test before {@link #ELSEWHERE_NAMES}: every one of its words contains one of these. */
    private static final String[] ELSEWHERE_STEMS = {
        "comment", "kommentar", "sidebar", "widget", "related", "teaser", "footer", "recent", "popular", "archive",
        "calendar", "repl", "respond"
    };

    /** Class words of layout wrappers that merely mention what sits beside the article ("has-widget-area"). */
    private static final Pattern LAYOUT_NAMES = Pattern.compile("(?i)layout|wrap|container|content|main|page|body");

    /** Elements whose text readers do not see. */
    private static final Set<String> INVISIBLE_TAGS = Set.of(
            "script", "style", "noscript", "template", "select", "option", "head", "svg");

    /** A date-named element with more text than this is a container, not a dateline. */
    private static final int MAX_NAMED_TEXT = 120;

    /** Day, month and two-digit year ("28.09.19"): the one date form without a four-digit year. */
    private static final Pattern MAYBE_DATE = Pattern.compile("\\d[./-]\\d{1,2}[./-]\\d\\d");

    /**
     * Text past the headline after which the scan stops: a date this far down scores as low as distance allows,
     * and long pages (comment threads, archives) would only cost time.
     */
    private static final int MAX_AFTER_HEADLINE = 20_000;

    /** Characters of a text node searched for dates. */
    private static final int MAX_SCANNED = 300;

    /** Text before a date read for a lead-in word. */
    private static final int LEAD_IN = 40;

    /** Characters between the headline and a date that cost one point: a date two paragraphs away is still close. */
    private static final int DISTANCE_UNIT = 250;

    /** The most that distance can cost, so a keyworded date far down the page can still win over nothing. */
    private static final int MAX_DISTANCE_COST = 6;

    /**
     * Points for where a date sits, on the scale of {@link DateLeads}: a date-named element or a {@code <time>}
     * helps about half as much as an explicit "published" lead-in; comments and sidebars cost more than any help.
     */
    private static final int NAMED_BONUS = 2;
    private static final int TIME_BONUS = 2;
    private static final int ELSEWHERE_COST = 5;

    private VisibleDates() {
    }

    /** A date found on the page, how strongly it reads as the publication date, and where it was read. */
    record Candidate(String iso, int score, Origin origin, DateLeads.Lead lead) {
    }

    /**
     * The most likely printed publication date, or null when the page prints none.
     *
     * @param headline the text of the element holding the headline, to measure distances from; null for the top
     */
    static Candidate best(Element body, Element headline, LocalDate latest, boolean monthFirst) {
        Scan scan = new Scan(headline, latest, monthFirst);
        body.filter(scan);
        scan.flush();
        return scan.best;
    }

    /** One depth-first pass over the body, tracking the text offset so distances can be measured. */
    private static final class Scan implements NodeFilter {
        private final Element headline;
        private final LocalDate latest;
        private final boolean monthFirst;
        private final StringBuilder recent = new StringBuilder();
        private int offset;
        private int headlineAt = -1;
        private int elsewhereDepth = -1;
        private Candidate best;
        private int bestDistance;
        private final List<Pending> beforeHeadline = new ArrayList<>();
        private final Set<Element> headlineContainers = Collections.newSetFromMap(new IdentityHashMap<>());

        private record Pending(String iso, int score, int at, Origin origin, DateLeads.Lead lead) {
        }

        Scan(Element headline, LocalDate latest, boolean monthFirst) {
            this.headline = headline;
            if (headline != null) {
                headlineContainers.addAll(headline.parents());
            }
            this.latest = latest;
            this.monthFirst = monthFirst;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (headlineAt >= 0 && offset - headlineAt > MAX_AFTER_HEADLINE) {
                return FilterResult.STOP;
            }
            if (node instanceof Element e) {
                if (INVISIBLE_TAGS.contains(e.normalName()) || e.hasAttr("hidden")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (e == headline) {
                    headlineAt = offset;
                    flush();
                }
                // A container that holds the headline is the article's, whatever its name says.
                if (elsewhereDepth < 0 && depth > 0 && isElsewhere(e) && !headlineContainers.contains(e)) {
                    elsewhereDepth = depth;
                }
                // Sites split printed dates over several elements ("8.<a>Dezember 2010</a>"), so a date-named
                // element is read whole as well.
                if (isDateNamed(e) && !TitleText.longerThan(e, MAX_NAMED_TEXT)) {
                    String iso = DateParser.parse(e.text(), latest, monthFirst);
                    if (iso != null) {
                        add(iso, contextScore(e), Origin.TEXT, offset, DateLeads.Lead.NONE);
                    }
                }
                if (e.normalName().equals("time")) {
                    String iso = DateParser.parse(e.hasAttr("datetime") ? e.attr("datetime") : e.text(), latest,
                            monthFirst);
                    if (iso != null) {
                        add(iso, TIME_BONUS + contextScore(e), Origin.TIME_ELEMENT, offset, DateLeads.Lead.NONE);
                    }
                }
            } else if (node instanceof TextNode t) {
                String raw = t.getWholeText();
                if (mayHoldDate(raw)) {
                    String text = t.text();
                    // A date far into a long text node is an event in a paragraph, not the article's dateline.
                    scanText(text.length() > MAX_SCANNED ? text.substring(0, MAX_SCANNED) : text, (Element) t.parent());
                }
                offset += visibleLength(raw);
                if (!raw.isBlank()) {
                    String tail = Whitespace.flatten(raw.length() > 4 * LEAD_IN ? raw.substring(raw.length() - 4 * LEAD_IN) : raw);
                    recent.append(' ').append(tail);
                    if (recent.length() > 2 * LEAD_IN) {
                        recent.delete(0, recent.length() - LEAD_IN);
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (elsewhereDepth == depth) {
                elsewhereDepth = -1;
            }
            return FilterResult.CONTINUE;
        }

        private void scanText(String text, Element parent) {
            int from = 0;
            while (from < text.length()) {
                DateParser.Found found = DateParser.find(text.substring(from), latest, monthFirst);
                if (found == null) {
                    return;
                }
                int start = from + found.start();
                String before = recent + text.substring(0, start);
                before = before.substring(Math.max(0, before.length() - LEAD_IN));
                DateLeads.Reading reading = DateLeads.read(before, text.substring(from + found.end()));
                int score = contextScore(parent) + reading.points();
                DateLeads.Lead lead = reading.lead();
                // Text printed inside a <time> element is that element's date, whatever scored it.
                Origin origin = parent.closest("time") != null ? Origin.TIME_ELEMENT : Origin.TEXT;
                add(found.iso(), score, origin, offset + start, lead);
                from += found.end();
            }
        }

        /** Points for where the date sits: a date-named element, or a part of the page about other texts. */
        private int contextScore(Element e) {
            int score = elsewhereDepth >= 0 ? -ELSEWHERE_COST : 0;
            for (int i = 0; i < 3 && e != null; i++, e = e.parent()) {
                if (isDateNamed(e)) {
                    return score + NAMED_BONUS;
                }
            }
            return score;
        }

        private static boolean isElsewhere(Element e) {
            if (e.normalName().equals("footer") || e.normalName().equals("aside")) {
                return true;
            }
            if (!e.hasAttr("class") && !e.hasAttr("id")) {
                return false;
            }
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            if (!containsAny(names, ELSEWHERE_STEMS)) {
                return false;
            }
            for (String token : names.split("\\s+")) {
                if (ELSEWHERE_NAMES.matcher(token).find() && !LAYOUT_NAMES.matcher(token).find()) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isDateNamed(Element e) {
            if (!e.hasAttr("class") && !e.hasAttr("id") && !e.hasAttr("itemprop")) {
                return false;
            }
            return containsAny((e.className() + " " + e.id() + " " + e.attr("itemprop")).toLowerCase(Locale.ROOT),
                    DATE_NAMES);
        }

        /** The length of the text as rendered: runs of whitespace count once. */
        private static int visibleLength(String raw) {
            int length = 0;
            boolean space = false;
            for (int i = 0; i < raw.length(); i++) {
                boolean ws = Character.isWhitespace(raw.charAt(i));
                if (!ws || !space) {
                    length++;
                }
                space = ws;
            }
            return length;
        }

        /** A quick look for digits before the date patterns run: most text nodes have none. */
        private static boolean mayHoldDate(String s) {
            int run = 0;
            boolean digit = false;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isDigit(s.charAt(i))) {
                    digit = true;
                    if (++run == 4) {
                        return true;
                    }
                } else {
                    run = 0;
                }
            }
            return digit && MAYBE_DATE.matcher(s).find();
        }

        private static boolean containsAny(String s, String[] words) {
            for (String w : words) {
                if (s.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        private void add(String iso, int score, Origin origin, int at, DateLeads.Lead lead) {
            if (headline != null && headlineAt < 0) {
                beforeHeadline.add(new Pending(iso, score, at, origin, lead));
            } else {
                consider(iso, score, headlineAt < 0 ? at : at - headlineAt, origin, lead);
            }
        }

        /** Scores the dates printed above the headline, once its place (or the end of the page) is known. */
        void flush() {
            for (Pending p : beforeHeadline) {
                consider(p.iso(), p.score(), offset - p.at(), p.origin(), p.lead());
            }
            beforeHeadline.clear();
        }

        private void consider(String iso, int score, int distance, Origin origin, DateLeads.Lead lead) {
            int total = score - Math.min(MAX_DISTANCE_COST, distance / DISTANCE_UNIT);
            if (best == null || total > best.score() || total == best.score() && distance < bestDistance) {
                best = new Candidate(iso, total, origin, lead);
                bestDistance = distance;
            }
        }
    }
}
