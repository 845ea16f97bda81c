package org.newslens.rhetoric;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns per-token probabilities into spans: tokens at or above {@code threshold} are in; short gaps between them
 * inside one sentence are bridged when every gap token reaches {@code bridge}; edge punctuation is trimmed (the
 * corpus never starts or ends a span with it). Thresholds are tuned on PTC dev by the trainer.
 *
 * @param threshold probability that puts a token in a span
 * @param bridge lower probability that lets a token join two spans around it
 * @param maxGap longest gap, in tokens, that can be bridged
 * @param keep the least probability, from the candidate filter, with which a decoded span is kept
 */
record SpanDecoder(double threshold, double bridge, int maxGap, double keep) {
    /** A span as tokens {@code [first, last]} with its mean token probability. */
    record TokenSpan(int first, int last, double confidence) {
    }

    List<TokenSpan> decode(ArticleView view, double[] p) {
        List<TokenSpan> out = new ArrayList<>();
        for (int s = 0; s < view.sentenceCount(); s++) {
            int from = view.sentenceStarts[s];
            int to = view.sentenceStarts[s + 1];
            boolean[] in = new boolean[to - from];
            for (int i = from; i < to; i++) {
                in[i - from] = p[i] >= threshold;
            }
            bridgeGaps(in, p, from);
            int i = 0;
            while (i < in.length) {
                if (!in[i]) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < in.length && in[j + 1]) {
                    j++;
                }
                addTrimmed(view, p, from + i, from + j, out);
                i = j + 1;
            }
        }
        return out;
    }

    private void bridgeGaps(boolean[] in, double[] p, int from) {
        int lastIn = -1;
        for (int i = 0; i < in.length; i++) {
            if (!in[i]) {
                continue;
            }
            int gap = i - lastIn - 1;
            if (lastIn >= 0 && gap > 0 && gap <= maxGap) {
                boolean ok = true;
                for (int k = lastIn + 1; k < i; k++) {
                    ok &= p[from + k] >= bridge;
                }
                if (ok) {
                    for (int k = lastIn + 1; k < i; k++) {
                        in[k] = true;
                    }
                }
            }
            lastIn = i;
        }
    }

    private static void addTrimmed(ArticleView view, double[] p, int first, int last, List<TokenSpan> out) {
        while (first <= last && isEdgePunctuation(view.lower[first])) {
            first++;
        }
        while (last >= first && isEdgePunctuation(view.lower[last])) {
            last--;
        }
        if (first > last || onlyFunctionWords(view, first, last)) {
            return;
        }
        double sum = 0;
        for (int i = first; i <= last; i++) {
            sum += p[i];
        }
        out.add(new TokenSpan(first, last, sum / (last - first + 1)));
    }

    /** A span of nothing but function words and punctuation ("the", "of the") persuades no one by itself. */
    private static boolean onlyFunctionWords(ArticleView view, int first, int last) {
        for (int i = first; i <= last; i++) {
            String w = view.lower[i];
            if (!Stopwords.is(w) && w.chars().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Characters PTC spans never start or end with (FORMAT.md), plus brackets and dashes that hang alone. */
    static boolean isEdgePunctuation(String token) {
        return switch (token) {
            case ".", ",", ":", ";", "-", "--", "—", "–", "(", ")", "[", "]", "...", "…" -> true;
            default -> false;
        };
    }

    void write(DataOutputStream out) throws IOException {
        out.writeDouble(threshold);
        out.writeDouble(bridge);
        out.writeInt(maxGap);
        out.writeDouble(keep);
    }

    static SpanDecoder read(DataInputStream in) throws IOException {
        return new SpanDecoder(in.readDouble(), in.readDouble(), in.readInt(), in.readDouble());
    }
}
