package org.newslens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.model.DateValue;
import org.newslens.model.DateValue.Origin;

/**
 * Finds when an article was published and last modified, trying sources from the most to the least structured:
 * JSON-LD, meta tags, microdata, the URL, then {@code <time>} elements and dates printed near the headline.
 * No date later than {@code latest} (the fetch time) is accepted.
 */
final class DateFinder {
    /** Meta names that carry the publication date, most specific first. */
    static final String[] PUBLISHED_META = {
        "article:published_time", "og:article:published_time", "article:published", "og:published_time",
        "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
        "date.published", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created",
        "citation_publication_date", "citation_date", "sailthru.date", "parsely-pub-date",
        "article.published", "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime"
    };

    /**
     * Meta names for "a date of the page", which CMSs fill with the publication, revision or generation date
     * alike: a fallback that a date printed at the headline overrules.
     */
    static final String[] VAGUE_DATE_META = {"date", "dc.date", "dcterms.date", "created"};

    /** Meta names that carry the modification date. */
    static final String[] MODIFIED_META = {
        "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified", "dateupdated",
        "last-modified", "lastmod", "dc.date.modified", "dcterms.modified", "article.updated", "modified"
    };

    /** A date in the URL path: /2018/02/03/, /2018-02-03-, /20180203/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");

    /** A day-first date as a URL path segment: /29-10-2021, /29.10.2021/. */
    private static final Pattern URL_DATE_DMY = Pattern.compile(
            "/(0[1-9]|[12]\\d|3[01])[.-](0[1-9]|1[0-2])[.-]((?:19|20)\\d{2})(?:[/_.-]|$)");

    /** A publication date under a JSON key in a script: the key, then an ISO date as the string value. */
    private static final Pattern SCRIPT_DATE = Pattern.compile(
            "[\"'](?:datePublished|publishedAt|published_at|publishedDate|publishDate|publish_date|publicationDate|"
                    + "pubDate|firstPublished|first_published_at|createdAt|created_at|dateCreated)[\"']\\s*:\\s*[\"']"
                    + "(\\d{4}-\\d{2}-\\d{2}[^\"']{0,30})[\"']");

    /** Two readings of one instant differ by at most the rounding of a displayed time. */
    private static final int MAX_ZONE_HOURS = 2;

    /** A printed date must score this much to overrule the calendar day of a declared one. */
    static final int MIN_LOCAL_DAY_SCORE = 0;

    /** A printed date scoring this much (a dateline at the headline) overrules a vague meta date. */
    static final int MIN_OVER_VAGUE_SCORE = 2;

    /** A printed date scoring below this is as likely some other date on the page as the article's. */
    static final int MIN_PRINTED_SCORE = -7;

    private DateFinder() {
    }

    /**
     * The publication date: declared (JSON-LD, meta, microdata) if the page declares one, else the URL's, else the
     * one it prints. A declared time given in UTC can fall on the day before or after the one readers see; when a
     * clearly printed date is one day off the declared one, that local day is taken.
     */
    static DateValue published(Document doc, JsonLd ld, MetaTags meta, String url, LocalDate latest,
            boolean monthFirst, Element headline) {
        List<DateValue> declared = declaredPublished(doc, ld, meta, latest);
        DateValue vague = fromMeta(meta, VAGUE_DATE_META, latest);
        if (declared.isEmpty() && vague == null) {
            DateValue inUrl = fromUrl(url, latest);
            if (inUrl != null) {
                return inUrl;
            }
        }
        Element body = doc.body();
        VisibleDates.Candidate printed = body == null ? null
                : VisibleDates.best(body, headline, latest, monthFirst);
        DateValue shown = printed == null ? null : make(printed.iso(), printed.origin());
        if (declared.isEmpty() && vague != null) {
            boolean overrules = shown != null && (printed.score() >= MIN_OVER_VAGUE_SCORE
                    || printed.lead() == DateLeads.Lead.PUBLISHED && printed.score() >= MIN_PRINTED_SCORE
                    || printed.score() >= MIN_LOCAL_DAY_SCORE && oneDayApart(vague, shown));
            return overrules ? shown : vague;
        }
        if (declared.isEmpty()) {
            if (shown != null && printed.score() >= MIN_LOCAL_DAY_SCORE) {
                return shown;
            }
            DateValue inScript = fromScripts(doc, latest);
            if (inScript != null) {
                return inScript;
            }
            return shown != null && printed.score() >= MIN_PRINTED_SCORE ? shown : null;
        }
        if (shown == null || printed.score() < MIN_LOCAL_DAY_SCORE) {
            return declared.get(0);
        }
        // When JSON-LD and meta tags disagree, the one the page also prints wins the vote. Microdata has no
        // vote: it usually marks the very element the printed date was read from.
        for (DateValue d : declared) {
            if (d.from() != Origin.MICRODATA && d.date().equals(shown.date())) {
                return d;
            }
        }
        return oneDayApart(declared.get(0), shown) ? shown : declared.get(0);
    }

    /** The publication dates the page declares, one per kind of source, most structured first. */
    private static List<DateValue> declaredPublished(Document doc, JsonLd ld, MetaTags meta, LocalDate latest) {
        JsonNode article = ld.article();
        DateValue json = fromJsonLd(article, "datePublished", latest);
        if (json == null) {
            json = fromJsonLd(article, "dateCreated", latest);
        }
        if (json == null) {
            json = fromJsonLd(ld.firstWith("datePublished"), "datePublished", latest);
        }
        List<DateValue> found = new ArrayList<>(3);
        for (DateValue d : new DateValue[] {json, fromMeta(meta, PUBLISHED_META, latest),
            fromMicrodata(doc, "datePublished", latest)}) {
            if (d != null) {
                found.add(d);
            }
        }
        return found;
    }

    /**
     * A publication date in the page's own scripts (app state, analytics objects): {@code "publishedAt":
     * "2019-03-02T06:22:28"}. htmldate's extensive search also reads such JSON keys; the list here is ours.
     */
    private static DateValue fromScripts(Document doc, LocalDate latest) {
        for (Element script : doc.getElementsByTag("script")) {
            if (script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) {
                continue;
            }
            Matcher m = SCRIPT_DATE.matcher(script.data());
            while (m.find()) {
                String iso = DateParser.parse(m.group(1), latest, false);
                if (iso != null) {
                    return make(iso, Origin.META);
                }
            }
        }
        return null;
    }

    /**
     * Whether two dates fall on neighbouring days in a way time zones explain: when both carry a time and an offset,
     * they must be (nearly) the same instant seen from two zones, not two events hours apart.
     */
    private static boolean oneDayApart(DateValue a, DateValue b) {
        if (Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) != 1) {
            return false;
        }
        OffsetDateTime x = instant(a);
        OffsetDateTime y = instant(b);
        return x == null || y == null || Math.abs(Duration.between(x, y).toHours()) <= MAX_ZONE_HOURS;
    }

    private static OffsetDateTime instant(DateValue d) {
        try {
            return d.value().length() > 10 ? OffsetDateTime.parse(d.value()) : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static DateValue modified(Document doc, JsonNode article, MetaTags meta, LocalDate latest) {
        DateValue found = fromJsonLd(article, "dateModified", latest);
        if (found == null) {
            found = fromMeta(meta, MODIFIED_META, latest);
        }
        if (found == null) {
            found = fromMicrodata(doc, "dateModified", latest);
        }
        return found;
    }

    private static DateValue fromJsonLd(JsonNode article, String field, LocalDate latest) {
        String value = JsonLd.text(article, field);
        return make(DateParser.parse(value, latest, false), Origin.JSON_LD);
    }

    private static DateValue fromMeta(MetaTags meta, String[] keys, LocalDate latest) {
        for (String key : keys) {
            for (String value : meta.all(key)) {
                String iso = DateParser.parse(value, latest, false);
                if (iso != null) {
                    return make(iso, Origin.META);
                }
            }
        }
        return null;
    }

    private static DateValue fromMicrodata(Document doc, String prop, LocalDate latest) {
        for (Element e : doc.getElementsByAttributeValue("itemprop", prop)) {
            for (String value : new String[] {e.attr("datetime"), e.attr("content"), e.text()}) {
                String iso = DateParser.parse(value, latest, false);
                if (iso != null) {
                    return make(iso, Origin.MICRODATA);
                }
            }
        }
        return null;
    }

    private static DateValue fromUrl(String url, LocalDate latest) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        Matcher dmy = URL_DATE_DMY.matcher(url);
        boolean ymd = m.find();
        if (ymd || dmy.find()) {
            try {
                LocalDate date = ymd
                        ? LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)))
                        : LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                                Integer.parseInt(dmy.group(1)));
                return date.isAfter(latest) ? null : make(date.toString(), Origin.URL);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    private static DateValue make(String iso, Origin origin) {
        return iso == null ? null : new DateValue(iso, origin);
    }
}
