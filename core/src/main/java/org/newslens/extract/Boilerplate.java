package org.newslens.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named rules for what is not article content, in the spirit of trafilatura's {@code xpaths.py} and Readability's
 * {@code REGEXPS}: tag sets, class/id patterns and text patterns, each with the reason it exists. Compiled once.
 */
final class Boilerplate {
    private Boilerplate() {
    }

    /** Elements that never carry article text: code, media, form controls and document furniture. */
    static final Set<String> DROP_TAGS = Set.of(
            "script", "style", "template", "svg", "canvas", "iframe", "object", "embed", "applet",
            "map", "audio", "video", "source", "track", "picture", "img", "button", "input", "select", "option",
            "optgroup", "textarea", "datalist", "dialog", "menu", "link", "meta", "base", "head", "rt", "rp");

    /** Structural elements whose content is navigation or site furniture wherever they appear. */
    static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer");

    /** Elements that end a paragraph. */
    static final Set<String> BLOCK_TAGS = Set.of(
            "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4",
            "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
            "tr", "td", "th", "caption", "figure", "figcaption", "form", "fieldset", "legend", "address", "hr",
            "center", "details", "summary", "body", "html");

    /**
     * Class or id tokens that mark furniture: navigation, sharing, related links, sign-up boxes, consent banners,
     * advertising, and the widgets around an article. Matched against class and id values, case-insensitively.
     */
    // The class and id patterns below are matched against lower-cased tokens (see Names), so they carry no (?i):
    // case-insensitive matching cost a third of the time spent judging names.
    static final Pattern FURNITURE_NAMES = Pattern.compile(
            "(^|[\\s_-])(nav|navbar|navigation|menu|menubar|breadcrumbs?|crumbs|footer|site-?footer|sidebar|"
                    + "side-?bar|widget|share|sharing|shariff|social|socials|sociable|addthis|sharethis|follow-?us|"
                    + "related|recommend(ed|ations)?|more-?stories|read-?more|teaser-?list|teasers|newsletter|"
                    + "subscribe|"
                    + "subscription|signup|sign-?up|cookie|cookies|consent|gdpr|banner|advert|advertisement|ads?|"
                    + "ad-?slot|adsense|sponsor(ed)?|promo|popup|modal|overlay|skip-?link|masthead|pagination|pager|"
                    + "tag-?cloud|tags|tagline|byline|author-?box|author-?bio|about-?author|print-?(button|link|"
                    + "icon)|toolbar|meta|"
                    + "post-?meta|entry-?meta|article-?meta|dateline|timestamp|rating|rss|login|search)"
                    + "($|[\\s_-])");

    /** Words before a furniture word that turn it into a statement about something else ("has-sidebar", "no-share"). */
    private static final Pattern NEGATING_PREFIX = Pattern.compile("(^|[_-])(has|no|not|with|without|hide|"
                    + "is)[_-]+$");

    /**
     * Token beginnings that make the rest a statement about behaviour or variant, not role: script hooks
     * ("js-readmore" expands text) and BEM modifiers ("section--ads" is a section that may hold an ad).
     */
    private static final Pattern NON_ROLE_PREFIX = Pattern.compile("^js[_-]|--$");

    /** Words that name furniture only at the start of a token: "widget-area", not a page-builder's "elementor-widget". */
    private static final Pattern LEADING_ONLY = Pattern.compile("widget");

    /** Words after a furniture word that make the token name a layout slot beside it ("sidebar__main"). */
    private static final Pattern LAYOUT_SUFFIX = Pattern.compile(
            "^[_-]+(container|wrapper|wrap|main|content|contents|inner|outer|layout|page|body|holder|postition|"
                    + "position)");

    /** Necessary for {@link #FURNITURE_NAMES}: a segment of the token starts with one of these. */
    static final Stems FURNITURE_STEMS = Stems.atSegmentStart("nav", "menu", "breadcrumb", "crumbs", "footer", "site",
            "side", "widget", "shar", "social", "sociable", "addthis", "follow", "related", "recommend", "more", "read",
            "teaser", "newsletter", "subscri", "sign", "cookie", "consent", "gdpr", "banner", "advert", "ad", "sponsor",
            "promo", "popup", "modal", "overlay", "skip", "masthead", "pagination", "pager", "tag", "byline", "author",
            "about", "print", "toolbar", "meta", "post", "entry", "article", "dateline", "timestamp", "rating", "rss",
            "login", "search");

    /**
     * Whether a class or id value names furniture. Each whitespace-separated token is checked on its own, so that a
     * furniture word qualified into a layout name ("elementor-widget-container", "with-sidebar") does not count.
     */
    static boolean hasFurnitureName(String names) {
        for (String token : names.split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            var m = FURNITURE_NAMES.matcher(token);
            while (m.find()) {
                String before = token.substring(0, m.start(2));
                String after = token.substring(m.end(2));
                boolean qualified = NEGATING_PREFIX.matcher(before).find() || NON_ROLE_PREFIX.matcher(before).find()
                        || LAYOUT_SUFFIX.matcher(after).find()
                        || !before.isEmpty() && LEADING_ONLY.matcher(m.group(2)).matches();
                if (!qualified) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Class or id tokens of picture captions and credits. The annotators of news pages leave captions out of the
     * article far more often than in (about 117 to 34 snippets on the trafilatura set).
     */
    static final Pattern CAPTION_NAMES = Pattern.compile(
            "(^|[\\s_-])(caption|captions|legend|wp-caption-text|credits?|image-?credits?|photo-?credits?|"
                    + "copyright|"
                    + "image-?copyright)($|[\\s_-])");

    /** Necessary for {@link #CAPTION_NAMES}. */
    static final Stems CAPTION_STEMS = Stems.atSegmentStart("caption", "legend", "wp", "credit", "image", "photo",
            "copyright");

    /** Necessary for {@link #COMMENT_NAMES}. */
    static final Stems COMMENT_STEMS = Stems.atSegmentStart("comment", "disqus", "discussion", "respon", "repl", "user");

    /**
     * Whether a class or id value marks a comment section. A negated word ("has-comments", "no-comments") describes
     * the page, not the element, and wrappers so named hold the article itself.
     */
    static boolean hasCommentName(String names) {
        for (String token : names.split("\\s+")) {
            var m = COMMENT_NAMES.matcher(token);
            while (m.find()) {
                if (!NEGATING_PREFIX.matcher(token.substring(0, m.start(2))).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Class or id tokens that mark reader comments, which are kept apart from the body. */
    static final Pattern COMMENT_NAMES = Pattern.compile(
            "(^|[\\s_-])(comments?|comment-?list|commentlist|comment-?section|disqus(_thread)?|discussion|"
                    + "respond|reply|replies|responses|user-?comments)($|[\\s_-])");

    /** Class or id tokens that mark the article body itself; they protect an element from the rules above. */
    static final Pattern CONTENT_NAMES = Pattern.compile(
            "(article-?body|articlebody|article-?content|article-?text|entry-?content|post-?content|"
                    + "post-?body|post-?text|story-?body|story-?content|story-?text|content-?body|body-?text|"
                    + "main-?content|blog-?post|single-?post|td-post-content|rich-?text|text-?content|artikel|"
                    + "article__body|article__content|c-article-body|field-?body|node-?body)");

    /** Necessary for {@link #CONTENT_NAMES}. */
    static final Stems CONTENT_STEMS = Stems.anywhere("article", "entry", "post", "story", "content", "body", "main",
            "blog", "single", "rich", "text", "artikel", "field", "node");

    /** Class/id words that make an element likelier to hold the article (Readability's positive hints). */
    static final Pattern POSITIVE_HINTS = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|beitrag|artikel|inhalt");

    /** Necessary for {@link #POSITIVE_HINTS}. */
    static final Stems POSITIVE_STEMS = Stems.anywhere("article", "body", "content", "entry", "h-entry", "main", "page",
            "post", "text", "blog", "story", "beitrag", "artikel", "inhalt");

    /** Class/id words that make an element less likely to hold the article (Readability's negative hints). */
    static final Pattern NEGATIVE_HINTS = Pattern.compile(
            "-ad-|hidden|^hid$|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|"
                    + "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|"
                    + "widget|teaser|navigation|nav|menu|breadcrumb|cookie|newsletter|social");

    /** Necessary for {@link #NEGATIVE_HINTS}. */
    static final Stems NEGATIVE_STEMS = Stems.anywhere("-ad-", "hid", "banner", "combx", "com", "contact", "foot",
            "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
            "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "teaser", "nav", "menu",
            "breadcrumb", "cookie", "newsletter", "social");

    /**
     * Short lines that are interface text, not writing: share prompts, read-more links, copyright and cookie lines.
     * Only applied to blocks shorter than {@link #SHORT_BLOCK} characters so that an article quoting such a phrase
     * keeps its paragraph.
     */
    static final Pattern FURNITURE_TEXT = Pattern.compile(
            "(?iu)^(share( this( article| story| post)?)?( on| via)?|teilen|tweet|print|drucken|e-?mail|"
                    + "read more|mehr lesen|weiterlesen|lesen sie (auch|mehr)|related( posts| articles| stories)?|"
                    + "advertisement|anzeige|werbung|publicité|skip to (main )?content|zum inhalt springen|"
                    + "(all rights reserved|alle rechte vorbehalten).*|(©|copyright|\\(c\\)) ?.{0,80}|"
                    + ".{0,80}(uses|use) cookies.{0,120}|.{0,40}cookie-?(richtlinie|policy|einstellungen|"
                    + "settings).{0,80}|"
                    + "follow us( on.{0,40})?|folgen sie uns.{0,40}|subscribe( now| to our newsletter)?.{0,40}|"
                    + "sign up for (our|the) newsletter.{0,60}|newsletter abonnieren|jetzt abonnieren|"
                    + "back to top|nach oben|zurück|previous( post| article)?|next( post| article)?|"
                    + "exit mobile version|mobile version|view comments|kommentare|comments?( \\(\\d+\\))?|"
                    + "leave a (comment|reply)|\\d+ comments?)[\\s.:!»›>|-]*$");

    /**
     * Labels that open a box of links to other pages or a contact box, in the languages of the pages we see most:
     * "More on this topic", "You may also like", "Lesen Sie auch", "Temas relacionados", "À lire aussi". The label
     * is all the box leaves behind once its links are gone. Matched against whole short lines.
     */
    static final Pattern SECTION_LABEL = Pattern.compile(
            "(?iu)^(mehr (zum thema|themen|dazu|zu[mr]? .{1,40}|infos?( zu.{0,40})?|artikel|beiträge|aus .{1,40})|"
                    + "(das|dies) (könnte|dürfte) (sie|dich|euch) (auch )?(noch )?interessieren|auch interessant|"
                    + "(lesen|sehen|hören) sie (auch|mehr|hier)( die folgenden beiträge)?|schon gelesen|"
                    + "(zum )?weiterlesen|"
                    + "weitere (informationen|infos|artikel|beiträge|themen|nachrichten|meldungen|links)( zu.{0,40})?|"
                    + "(ähnliche|verwandte|empfohlene|passende|beliebte|neueste) (beiträge|artikel|themen(bereiche)?|"
                    + "nachrichten|posts)|weiterführende (links?|informationen)|weiterführender link|"
                    + "über (den|die) (autor|autorin|verfasser(in)?)|kontakt|ansprechpartner(in)?|quellen(angaben)?|"
                    + "related( (articles?|stories|posts|coverage|content|news|topics))?|you (may|might) also (like|"
                    + "enjoy)|"
                    + "read (more|also|next)|more (from|on|about) .{1,40}|more stories|explore further|"
                    + "recommended( for you)?|"
                    + "further reading|see also|about the author|popular (posts|stories)|"
                    + "temas relacionados|noticias relacionadas|(lee|lea) también|te puede interesar|más noticias|"
                    + "veja também|leia também|(à )?lire aussi|sur le même sujet|dans la même rubrique|"
                    + "articles similaires|czytaj (też|także|również)|zobacz (też|także|również))[\\s:.!?…»›>|-]*$");

    /**
     * Picture credits and source lines set apart from the text: "Foto: Jane Doe", "Quelle: dpa", "Credit:",
     * "AFP / Jane Doe", "Augusta National/Getty Images". Matched against whole lines up to {@link #CREDIT_LENGTH}.
     */
    static final Pattern CREDIT_LINE = Pattern.compile(
            "(?iu)^((\\(?(foto|fotos|photo|photos|photograph|bild|bilder|image|images|quelle|source|credit|credits|"
                    + "crédit|crédits( photos)?|fuente|imagen|grafik|illustration|titelbild|"
                    + "beitragsbild)( by)?\\s*[:|/©].{0,80})|"
                    + ".{0,50}\\b(getty images|afp|reuters|dpa|imago|shutterstock|istock|epa|picture alliance|pap|"
                    + "keystone|"
                    + "apa|ap photo)\\b.{0,30})$");

    /** Longer lines are sentences that name a source, not credit lines. */
    static final int CREDIT_LENGTH = 90;

    /** Interface text that stands in for a widget the page loads later: placeholders, loaders, embed notices. */
    static final Pattern PLACEHOLDER_TEXT = Pattern.compile(
            "(?iu)^(wird geladen|laden|loading|lädt|bild anzeigen|externer inhalt|inhaltsverzeichnis|table of contents|"
                    + "contents|rezept drucken|print recipe|beitragsbild|titelbild)[\\s.…:!]*$");

    /**
     * Words of the appeals and notices that close many articles: subscribe, sign up, donate, become a member,
     * follow us, get our app, reprints need permission. Found anywhere in a closing line, not matched against all
     * of it.
     */
    static final Pattern APPEAL_WORDS = Pattern.compile(
            "(?iu)(subscri(be|ption|ber)|newsletter|sign up|become a member|membership|donat(e|ion)|support (us|our)|"
                    + "follow (us|the)|abonn(ieren|ement|ez|enten)|jetzt (testen|bestellen|spenden)|spende|"
                    + "unterstütze[n]? (sie )?(uns|unsere)|folgen sie|folgt uns|mitglied werden|"
                    + "suscr[ií]b|suscripci[oó]n|hazte (miembro|socio)|membres[ií]a|s[ií]guenos|"
                    + "abonnez|abonnement|soutenez|inscrivez|assine|inscreva|subskrypcj|"
                    + "canal de (youtube|telegram)|channel on (youtube|telegram)|download (the|our) .{0,40}apps?\\b|"
                    + "copyrighted|written permission|all rights reserved|alle rechte vorbehalten|nachdruck|"
                    + "vervielfältigung|reproduction)");

    /** Disclosures of advertising and affiliate links that sites put above or below a post. */
    static final Pattern AD_DISCLOSURE = Pattern.compile(
            "(?iu)^\\W*(werbung|anzeige|advertisement|sponsored|gesponsert)\\b.{0,150}$|"
                    + "(enthält|beinhaltet) (werbung|affiliate)|affiliate[- ]?links?|contains (affiliate|"
                    + "references to products)");

    /** Closing lines longer than this are paragraphs of the article, whatever words they use. */
    static final int APPEAL_LENGTH = 400;

    /** Blocks at least this long are never dropped for their wording alone. */
    static final int SHORT_BLOCK = 200;
}
