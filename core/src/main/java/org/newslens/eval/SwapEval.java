package org.newslens.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newslens.model.Analysis;
import org.newslens.model.Article;
import org.newslens.model.Entity;
import org.newslens.model.Result;
import org.newslens.model.Source;
import org.newslens.model.Span;
import org.newslens.model.Technique;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.Timings;

/**
 * Even-handedness: in each article, swap the two most mentioned named entities (every mention of one becomes the
 * other's name), analyse again, and count the flagged spans whose technique survives the swap: a span of the one
 * analysis is kept when the other has a span overlapping it (offsets mapped through the swap) with the same
 * technique. The analysis should judge wording, not sides, so the share should be close to 1.
 */
public final class SwapEval {
    private SwapEval() {
    }

    /**
     * @param articles articles with two or more entities (the rest are skipped)
     * @param findings flagged spans in both analyses
     * @param kept of those, the ones the other analysis flags with the same technique
     */
    public record Scores(int articles, int skipped, int findings, int kept) {
        public double share() {
            return findings == 0 ? 1 : kept / (double) findings;
        }
    }

    /** A text with two entities' names swapped, and the offsets of the replaced mentions in old and new text. */
    public record Swapped(String text, List<int[]> replacements) {
        /** Maps an offset of the original text into the swapped one; an offset inside a name goes to its edge. */
        public int map(int offset, boolean isEnd) {
            int shift = 0;
            for (int[] r : replacements) { // {oldStart, oldEnd, newStart, newEnd}
                if (offset >= r[1]) {
                    shift = r[3] - r[1];
                } else if (offset > r[0]) {
                    return isEnd ? r[3] : r[2];
                } else {
                    break;
                }
            }
            return offset + shift;
        }
    }

    /**
     * Swaps the names of the two entities with most mentions (ties: the earlier one first); null when the article
     * names fewer than two.
     */
    public static Swapped swap(String text, List<Entity> entities) {
        List<Entity> ranked = new ArrayList<>(entities);
        ranked.sort(Comparator.comparingInt((Entity e) -> -e.mentions().size()));
        if (ranked.size() < 2) {
            return null;
        }
        Entity a = ranked.get(0);
        Entity b = ranked.get(1);
        List<Object[]> edits = new ArrayList<>();
        for (Span m : a.mentions()) {
            edits.add(new Object[] {m, counterpart(m.textOf(text), a.name(), b.name())});
        }
        for (Span m : b.mentions()) {
            edits.add(new Object[] {m, counterpart(m.textOf(text), b.name(), a.name())});
        }
        edits.sort(Comparator.comparingInt(e -> ((Span) e[0]).start()));
        StringBuilder sb = new StringBuilder(text.length());
        List<int[]> replacements = new ArrayList<>();
        int at = 0;
        for (Object[] e : edits) {
            Span m = (Span) e[0];
            if (m.start() < at) {
                continue;
            }
            sb.append(text, at, m.start());
            int newStart = sb.length();
            sb.append((String) e[1]);
            replacements.add(new int[] {m.start(), m.end(), newStart, sb.length()});
            at = m.end();
        }
        sb.append(text, at, text.length());
        return new Swapped(sb.toString(), replacements);
    }

    /**
     * What replaces a mention of the entity named {@code own} by the one named {@code other}: the same form of the
     * other name, so that only the names change ("Moreno" becomes "Keller", not "Tom Keller"): surname for surname,
     * first name for first name, the full name otherwise.
     */
    static String counterpart(String mention, String own, String other) {
        String[] mine = own.trim().split("\\s+");
        String[] theirs = other.trim().split("\\s+");
        String m = mention.trim();
        if (mine.length > 1 && theirs.length > 1) {
            if (m.equals(mine[mine.length - 1])) {
                return theirs[theirs.length - 1];
            }
            if (m.equals(mine[0])) {
                return theirs[0];
            }
        }
        return other;
    }

    /** Runs the swap test over raw article texts with {@code pipeline} (which must compute techniques). */
    public static Scores run(List<String> texts, Pipeline pipeline) {
        int articles = 0;
        int skipped = 0;
        int findings = 0;
        int kept = 0;
        for (String text : texts) {
            Analysis original = analyse(pipeline, text);
            Swapped swapped = original == null ? null : swap(text, original.entities());
            Analysis other = swapped == null ? null : analyse(pipeline, swapped.text());
            if (other == null) {
                skipped++;
                continue;
            }
            articles++;
            List<Technique> mapped = new ArrayList<>();
            for (Technique t : original.techniques()) {
                mapped.add(new Technique(swapped.map(t.start(), false), swapped.map(t.end(), true), t.technique(),
                        t.confidence(), t.reason()));
            }
            findings += mapped.size() + other.techniques().size();
            kept += keptIn(mapped, other.techniques()) + keptIn(other.techniques(), mapped);
        }
        return new Scores(articles, skipped, findings, kept);
    }

    /** How many of {@code spans} overlap a span of {@code in} with the same technique. */
    static int keptIn(List<Technique> spans, List<Technique> in) {
        int kept = 0;
        for (Technique t : spans) {
            for (Technique u : in) {
                if (u.technique() == t.technique() && u.overlaps(t)) {
                    kept++;
                    break;
                }
            }
        }
        return kept;
    }

    private static Analysis analyse(Pipeline pipeline, String text) {
        Result r = pipeline.analyze(new Source("swap", null, null), Article.fromText(text), new Timings());
        return r instanceof Analysis a ? a : null;
    }
}
