package org.newslens.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newslens.model.Span;

/** Span comparisons for the attribution scores: fragments trimmed of white space, merged, compared. */
final class SpanMatch {
    private SpanMatch() {
    }

    /** The fragments without surrounding white space, empty ones dropped, touching or overlapping ones merged. */
    static List<Span> normalise(String text, List<Span> fragments) {
        List<Span> trimmed = new ArrayList<>();
        for (Span f : fragments) {
            int a = f.start();
            int b = Math.min(f.end(), text.length());
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                trimmed.add(new Span(a, b));
            }
        }
        trimmed.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span f : trimmed) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && f.start() <= last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), f.end())));
            } else {
                merged.add(f);
            }
        }
        return merged;
    }

    static boolean overlap(List<Span> a, List<Span> b) {
        for (Span x : a) {
            for (Span y : b) {
                if (x.overlaps(y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
