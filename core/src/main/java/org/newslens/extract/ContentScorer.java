package org.newslens.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Picks the element most likely to hold the article, in the manner of Readability: every substantial block
 * gives points to its ancestors (fewer the further up), elements named like content gain, elements named like
 * furniture lose, and the total is discounted by the share of text in links.
 */
final class ContentScorer {
    /** Blocks shorter than this give no points: captions, buttons, datelines. */
    static final int MIN_SCORING_LENGTH = 25;
    /** How far up a block's points travel. */
    static final int ANCESTOR_LEVELS = 5;

    private ContentScorer() {
    }

    /**
     * The best container for {@code blocks}, or {@code body} when nothing scores.
     *
     * @param useNames whether class and id names count, or only tags
     */
    static Element choose(Element body, List<Block> blocks, boolean useNames) {
        // Insertion-ordered (jsoup elements hash by identity), so that ties go to the earlier element on every run.
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Block block : blocks) {
            int length = block.visibleLength();
            if (length < MIN_SCORING_LENGTH || block.linkDensity() > 0.5) {
                continue;
            }
            double points = 1 + commas(block.text()) + Math.min(length / 100, 10);
            Element ancestor = block.owner().normalName().equals("p") || isLeafish(block)
                    ? block.owner().parent() : block.owner();
            for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                double start = useNames ? initial(ancestor) : tagScore(ancestor);
                scores.merge(ancestor, start + points / divider, (a, b) -> a + points / divider);
                if (ancestor == body) {
                    break;
                }
                ancestor = ancestor.parent();
            }
        }
        if (scores.isEmpty()) {
            return body;
        }
        Map<Element, Integer> lengths = DomCleaner.TextLengths.of(body);
        Map<Element, Integer> linkLengths = linkLengths(blocks);
        Element best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<Element> ranked = new ArrayList<>(scores.keySet());
        Map<Element, Double> finals = new LinkedHashMap<>();
        for (Element e : ranked) {
            int length = Math.max(1, lengths.getOrDefault(e, 0));
            double linkDensity = Math.min(1, linkLengths.getOrDefault(e, 0) / (double) length);
            double score = scores.get(e) * (1 - linkDensity);
            finals.put(e, score);
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return promote(best, finals);
    }

    /**
     * Readability's correction for articles split over several sibling containers: when three or more of the
     * top candidates sit under one ancestor of the best, scoring at least three quarters of it, the ancestor wins.
     */
    private static Element promote(Element best, Map<Element, Double> finals) {
        List<Element> top = new ArrayList<>(finals.keySet());
        top.sort((a, b) -> Double.compare(finals.get(b), finals.get(a)));
        top = top.subList(0, Math.min(5, top.size()));
        double bestScore = finals.get(best);
        for (Element ancestor = best.parent(); ancestor != null && ancestor.parent() != null; ancestor = ancestor.parent()) {
            int within = 0;
            for (Element candidate : top) {
                if (candidate != best && finals.get(candidate) >= bestScore * 0.75 && isAncestor(ancestor, candidate)) {
                    within++;
                }
            }
            if (within >= 2) {
                return ancestor;
            }
        }
        return best;
    }

    private static boolean isAncestor(Element ancestor, Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A block whose owner is a div or section holding text directly, like a paragraph. */
    private static boolean isLeafish(Block block) {
        return block.owner().children().isEmpty();
    }

    /** The starting score of a candidate: its tag and its class and id names. */
    static double initial(Element e) {
        double score = tagScore(e);
        score += weight(e.className()) + weight(e.id());
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            score += 50;
        }
        String names = e.className() + " " + e.id();
        if (Names.has(names, Names.CONTENT)) {
            score += 25;
        }
        return score;
    }

    /** Readability's starting score for a tag. */
    static double tagScore(Element e) {
        return switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    private static double weight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int flags = Names.of(name);
        return ((flags & Names.POSITIVE_HINT) != 0 ? 25 : 0) - ((flags & Names.NEGATIVE_HINT) != 0 ? 25 : 0);
    }

    /** Characters in links under each element, summed from the blocks. */
    private static Map<Element, Integer> linkLengths(List<Block> blocks) {
        Map<Element, Integer> links = new IdentityHashMap<>();
        for (Block block : blocks) {
            if (block.linkChars() == 0) {
                continue;
            }
            for (Element e = block.owner(); e != null; e = e.parent()) {
                links.merge(e, block.linkChars(), Integer::sum);
            }
        }
        return links;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }
}
