package org.newslens.extract;

import java.util.function.IntSupplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Tells page furniture (logo, menus, sidebars, teasers, hidden helpers) from the article, for a heading. */
final class PageChrome {
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

    /** Names of a header that belongs to the article rather than to the site. */
    private static final Pattern ARTICLE_HEADER_NAMES = Pattern.compile("(?i)article|entry|post|story|content|page|title");

    /** Breadcrumb trails: some sites print the headline as the trail's last entry, so this is only a mild sign. */
    private static final Pattern BREADCRUMB = Pattern.compile("(?i)bread-?crumb");

    /** A link to one of these paths goes to the front page. */
    private static final Pattern HOME_PATH = Pattern.compile("/?(index\\.\\w+)?");

    /** A page header with this many links is the site's menu bar. */
    private static final int MENU_LINKS = 5;

    /** Logos, menus, sidebars, teasers, hidden helpers: their headings only win by agreeing with a title. */
    static final int FURNITURE_PENALTY = 20;

    /** Breadcrumbs and other navigation: a mild sign, since trails often repeat the headline. */
    static final int TRAIL_PENALTY = 5;

    private PageChrome() {
    }

    /** How surely the heading sits in page furniture rather than in the article: 0, a trail, or furniture. */
    static int penalty(Element heading, Element body, IntSupplier bodyLength) {
        if (linksHome(heading)) {
            return FURNITURE_PENALTY;
        }
        int penalty = 0;
        for (Element e = heading; e != null && e != body; e = e.parent()) {
            String tag = e.tagName();
            if (tag.equals("footer") || tag.equals("aside") || tag.equals("header") && isSiteHeader(e)) {
                return FURNITURE_PENALTY;
            }
            boolean named = false;
            for (String token : (e.className() + " " + e.id()).split("\\s+")) {
                if (HeadlineText.HIDDEN_TOKEN.matcher(token).find()) {
                    return FURNITURE_PENALTY;
                }
                named |= CHROME_NAMES.matcher(token).find() && !LAYOUT_NAMES.matcher(token).find();
                if (BREADCRUMB.matcher(token).find() || tag.equals("nav")) {
                    penalty = TRAIL_PENALTY;
                }
            }
            // Layout wrappers are named for what sits beside the article ("has-sidebar"); real furniture is a
            // small part of the page.
            if (named && !TitleText.longerThan(e, bodyLength.getAsInt() / 2)) {
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
        return href.equals("/") || href.equals("./")
                || !abs.isEmpty() && HOME_PATH.matcher(abs.replaceFirst("^https?://[^/]+", "")).matches();
    }

    /** A page-wide header (logo, menu) rather than the header of the article. */
    private static boolean isSiteHeader(Element header) {
        return !ARTICLE_HEADER_NAMES.matcher(header.className() + " " + header.id()).find()
                && header.closest("article, main") == null
                && (!header.getElementsByTag("nav").isEmpty() || header.getElementsByTag("a").size() >= MENU_LINKS);
    }
}
