package org.newslens.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Widens the chosen container when the article continues outside it: sites cut long articles into sibling rows or
 * columns (one per section, between picture and ad slots), and the scorer's winner is then one row. Climbs to the
 * parent while what the parent adds is mostly prose rather than short lines and links.
 */
final class ContainerWidener {
    /** The parent must add at least this many characters of prose for each character of anything else. */
    static final double PROSE_PER_JUNK = 4.0;
    /** Levels climbed at most: beyond this the parent is the page layout. */
    static final int MAX_LEVELS = 3;

    private ContainerWidener() {
    }

    static Element widen(Element container, List<Block> blocks) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        Map<Element, Integer> junk = new IdentityHashMap<>();
        for (Block block : blocks) {
            Map<Element, Integer> target = BodyFilter.isProse(block) ? prose : junk;
            int length = block.visibleLength();
            for (Element e = block.owner(); e != null; e = e.parent()) {
                target.merge(e, length, Integer::sum);
            }
        }
        Element current = container;
        for (int level = 0; level < MAX_LEVELS; level++) {
            Element parent = current.parent();
            if (parent == null || parent.normalName().equals("body") || parent.normalName().equals("html")) {
                break;
            }
            int addedProse = prose.getOrDefault(parent, 0) - prose.getOrDefault(current, 0);
            int addedJunk = junk.getOrDefault(parent, 0) - junk.getOrDefault(current, 0);
            if (addedProse <= 0 || addedProse < PROSE_PER_JUNK * addedJunk) {
                break;
            }
            current = parent;
        }
        return current;
    }
}
