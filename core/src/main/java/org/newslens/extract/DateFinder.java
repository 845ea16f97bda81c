package org.newslens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.model.DateValue;
import org.newslens.model.DateValue.Origin;

/**
 * Finds when an article was published and last modified, trying sources from the most to the least structured:
 * JSON-LD, meta tags, microdata, {@code <time>} elements, the URL, then dates printed near the top of the page.
 * No date later than {@code latest} (the fetch time) is accepted.
 */
final class DateFinder {
    /** Meta names that carry the publication date, most specific first. */
    static final String[] PUBLISHED_META = {
        "article:published_time", "og:article:published_time", "article:published", "og:published_time",
        "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
        "date.published", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date",
        "dcterms.date", "citation_publication_date", "citation_date", "sailthru.date", "parsely-pub-date",
        "article.published", "article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
        "date", "created", "last-modified-date"
    };

    /** Meta names that carry the modification date. */
    static final String[] MODIFIED_META = {
        "article:modified_time", "og:updated_time", "og:article:modified_time", "datemodified", "dateupdated",
        "last-modified", "lastmod", "dc.date.modified", "dcterms.modified", "article.updated", "modified"
    };

    /** A date in the URL path: /2018/02/03/, /2018-02-03-, /20180203/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");

    /** Class or id words of elements that print the date. */
    private static final Pattern DATE_NAMES = Pattern.compile(
            "(?i)date|datum|time|zeit|publish|posted|byline|meta|dateline|fecha|data|published|veroeffentlicht");

    private DateFinder() {
    }

    static DateValue published(Document doc, JsonNode article, MetaTags meta, String url, LocalDate latest,
            boolean monthFirst) {
        DateValue found = fromJsonLd(article, "datePublished", latest);
        if (found == null) {
            found = fromJsonLd(article, "dateCreated", latest);
        }
        if (found == null) {
            found = fromMeta(meta, PUBLISHED_META, latest);
        }
        if (found == null) {
            found = fromMicrodata(doc, "datePublished", latest);
        }
        if (found == null) {
            found = fromTimeElements(doc, latest);
        }
        if (found == null) {
            found = fromUrl(url, latest);
        }
        if (found == null) {
            found = fromText(doc, latest, monthFirst);
        }
        return found;
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

    /** A {@code <time>} marked as the publication date, else the first one with a machine-readable value. */
    private static DateValue fromTimeElements(Document doc, LocalDate latest) {
        String first = null;
        for (Element time : doc.getElementsByTag("time")) {
            String value = time.hasAttr("datetime") ? time.attr("datetime") : time.text();
            String iso = DateParser.parse(value, latest, false);
            if (iso == null) {
                continue;
            }
            String names = (time.className() + " " + time.id() + " " + time.attr("itemprop")).toLowerCase(Locale.ROOT);
            if (time.hasAttr("pubdate") || names.contains("publish") || names.contains("posted")
                    || names.contains("created")) {
                return make(iso, Origin.TIME_ELEMENT);
            }
            if (first == null && !names.contains("modif") && !names.contains("update")) {
                first = iso;
            }
        }
        return make(first, Origin.TIME_ELEMENT);
    }

    private static DateValue fromUrl(String url, LocalDate latest) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return date.isAfter(latest) ? null : make(date.toString(), Origin.URL);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }

    /** A date printed in an element named like a date or byline, in the order the page shows them. */
    private static DateValue fromText(Document doc, LocalDate latest, boolean monthFirst) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element e : body.getAllElements()) {
            String names = e.className() + " " + e.id();
            if (names.isBlank() || !DATE_NAMES.matcher(names).find()) {
                continue;
            }
            String text = e.text();
            if (text.length() > 200) {
                continue;
            }
            String iso = DateParser.parse(text, latest, monthFirst);
            if (iso != null) {
                return make(iso, Origin.TEXT);
            }
        }
        return null;
    }

    private static DateValue make(String iso, Origin origin) {
        return iso == null ? null : new DateValue(iso, origin);
    }
}
