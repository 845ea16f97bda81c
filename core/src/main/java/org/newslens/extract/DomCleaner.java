package org.newslens.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Strips a page body of what can never be article text (code, media, hidden elements) and of site furniture
 * marked as such by tag, role, class or id. Reader comments are cut out and handed back separately.
 */
final class DomCleaner {
    /** Furniture rules never remove an element holding more than this share of the page's text. */
    static final double PROTECTED_SHARE = 0.6;
    /**
     * Nor one holding this share of the page's prose: layout wrappers get names like "has-sidebar" or
     * "elementor-widget-container", and a real sidebar or share bar rarely carries most of the running text.
     */
    static final double PROTECTED_PROSE_SHARE = 0.5;
    /** A noscript fallback holding this many times the rest of the page's text is the page. */
    static final double NOSCRIPT_SHARE = 2.0;
    /** Less noscript text than this is a "please enable JavaScript" notice, not an article. */
    static final int NOSCRIPT_MIN_TEXT = 200;
    /** Captions stay when they hold this share of the prose: the page is a gallery told through its captions. */
    static final double GALLERY_CAPTION_SHARE = 0.3;
    /** A "caption" this long is a description the page hangs on a picture or video, not a credit line. */
    static final int LONG_CAPTION = 250;
    /** A block this long with few links counts as prose for the share above (jusText's "good" length, roughly). */
    static final int PROSE_BLOCK = 100;
    /** ...and with no more than this share of its text in links. */
    static final double PROSE_BLOCK_LINK_DENSITY = 0.2;

    private DomCleaner() {
    }

    /** Removes furniture from {@code body} in place; returns the comment sections it cut out. */
    static List<Element> clean(Element body) {
        dropNonContent(body);
        Map<Element, Integer> lengths = TextLengths.of(body);
        int total = Math.max(1, lengths.getOrDefault(body, 0));
        Map<Element, Integer> prose = proseLengths(body);
        int totalProse = prose.getOrDefault(body, 0);
        List<Element> comments = new ArrayList<>();
        List<Element> furniture = new ArrayList<>();
        List<Element> captions = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || isInside(e, furniture) || isInside(e, comments) || isInside(e, captions)) {
                continue;
            }
            int length = lengths.getOrDefault(e, 0);
            if (length > total * PROTECTED_SHARE || isContentMarked(e)) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (Names.has(names, Names.COMMENT)) {
                // Before the prose rule: a long discussion under a short article is still not the article.
                comments.add(e);
                continue;
            }
            if (totalProse > 0 && prose.getOrDefault(e, 0) >= totalProse * PROTECTED_PROSE_SHARE) {
                continue;
            }
            if (isCaption(e, names) && length < LONG_CAPTION) {
                captions.add(e);
            } else if (isFurniture(e, names)) {
                furniture.add(e);
            }
        }
        int captionProse = 0;
        for (Element caption : captions) {
            captionProse += prose.getOrDefault(caption, 0);
        }
        if (captionProse < totalProse * GALLERY_CAPTION_SHARE) {
            captions.forEach(Element::remove);
        }
        furniture.forEach(Element::remove);
        comments.forEach(Element::remove);
        return comments;
    }

    private static boolean isFurniture(Element e, String names) {
        String tag = e.normalName();
        if (Boilerplate.FURNITURE_TAGS.contains(tag)) {
            return true;
        }
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("contentinfo") || role.equals("complementary")
                || role.equals("banner") || role.equals("search") || role.equals("dialog") || role.equals("alert")) {
            return true;
        }
        return Names.has(names, Names.FURNITURE);
    }

    /** Characters of prose (long blocks with few links) under each element. */
    private static Map<Element, Integer> proseLengths(Element body) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        for (Block block : BlockSegmenter.segment(body)) {
            int length = block.visibleLength();
            if (length < PROSE_BLOCK || block.linkDensity() > PROSE_BLOCK_LINK_DENSITY) {
                continue;
            }
            for (Element e = block.owner(); e != null; e = e.parent()) {
                prose.merge(e, length, Integer::sum);
            }
        }
        return prose;
    }

    private static boolean isCaption(Element e, String names) {
        return e.normalName().equals("figcaption")
                || Names.has(names, Names.CAPTION);
    }

    private static boolean isContentMarked(Element e) {
        if (e.normalName().equals("article") || e.normalName().equals("main")
                || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return true;
        }
        return Names.has(e.className() + " " + e.id(), Names.CONTENT);
    }

    private static boolean isInside(Element e, List<Element> removed) {
        if (removed.isEmpty()) {
            return false;
        }
        Element last = removed.get(removed.size() - 1);
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == last) {
                return true;
            }
        }
        return false;
    }

    /**
     * Removes code, media, form controls, hidden elements and HTML comments. A {@code <noscript>} fallback is kept
     * instead when it holds most of the page's text: script-built pages put the whole article there.
     */
    private static void dropNonContent(Element body) {
        List<Node> doomed = new ArrayList<>();
        List<Element> noscripts = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                } else if (node instanceof Element e && node != body) {
                    if (e.normalName().equals("noscript")) {
                        noscripts.add(e);
                    } else if (Boilerplate.DROP_TAGS.contains(e.normalName()) || isHidden(e)) {
                        doomed.add(node);
                    }
                }
            }
        }, body);
        doomed.forEach(Node::remove);
        int inside = 0;
        for (Element noscript : noscripts) {
            if (isUnder(noscript, body)) {
                inside += Whitespace.visibleLength(noscript.text());
            }
        }
        // The whole page's text is counted only when a fallback is long enough to matter: it is a full pass.
        boolean fallbackIsThePage = inside >= NOSCRIPT_MIN_TEXT
                && inside >= (Whitespace.visibleLength(body.text()) - inside) * NOSCRIPT_SHARE;
        for (Element noscript : noscripts) {
            if (!isUnder(noscript, body)) {
                continue;
            }
            if (fallbackIsThePage) {
                noscript.unwrap();
            } else {
                noscript.remove();
            }
        }
    }

    private static boolean isUnder(Element e, Element root) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true") && !e.normalName().equals("span")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Visible text length of every element, computed in one pass. */
    static final class TextLengths {
        private TextLengths() {
        }

        static Map<Element, Integer> of(Element root) {
            Map<Element, Integer> lengths = new IdentityHashMap<>();
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                }

                @Override
                public void tail(Node node, int depth) {
                    if (node instanceof org.jsoup.nodes.TextNode t) {
                        Element parent = (Element) t.parentNode();
                        if (parent != null) {
                            lengths.merge(parent, Whitespace.visibleLength(t.getWholeText()), Integer::sum);
                        }
                    } else if (node instanceof Element e && e != root && e.parent() != null) {
                        lengths.merge(e.parent(), lengths.getOrDefault(e, 0), Integer::sum);
                    }
                }
            }, root);
            return lengths;
        }
    }
}
