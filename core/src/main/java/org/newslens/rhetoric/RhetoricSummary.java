package org.newslens.rhetoric;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.model.LoadedWord;
import org.newslens.model.PersuasionTechnique;
import org.newslens.model.Summary;
import org.newslens.model.Technique;

/** The rhetoric part of the article summary: rates, the techniques used most, the densest sentences. */
final class RhetoricSummary {
    /** How many dense sentences a summary lists. */
    static final int DENSEST = 5;

    private RhetoricSummary() {
    }

    static Summary.Rhetoric summarise(String scope, ArticleView view, List<Technique> techniques,
            List<LoadedWord> loaded) {
        int sentences = view.sentenceCount();
        Map<PersuasionTechnique, Integer> counts = new EnumMap<>(PersuasionTechnique.class);
        for (Technique t : techniques) {
            counts.merge(t.technique(), 1, Integer::sum);
        }
        List<Summary.TechniqueCount> mostUsed = new ArrayList<>();
        counts.forEach((t, c) -> mostUsed.add(new Summary.TechniqueCount(t, c)));
        // Most findings first; ties in the fixed technique order (the sort is stable).
        mostUsed.sort((a, b) -> Integer.compare(b.findings(), a.findings()));
        int[] perSentence = new int[Math.max(0, sentences)];
        for (Technique t : techniques) {
            int first = view.sentence.length == 0 ? 0 : view.sentence[Math.min(view.size() - 1,
                    view.tokenEndingAfter(t.start()))];
            int last = view.sentence.length == 0 ? 0 : view.sentence[Math.max(0,
                    Math.min(view.size(), view.firstTokenAtOrAfter(t.end())) - 1)];
            for (int s = first; s <= last && s < perSentence.length; s++) {
                perSentence[s]++;
            }
        }
        List<Summary.DenseSentence> densest = new ArrayList<>();
        for (int s = 0; s < perSentence.length; s++) {
            if (perSentence[s] > 0) {
                int from = view.sentenceStarts[s];
                int to = view.sentenceStarts[s + 1] - 1;
                if (to >= from) {
                    densest.add(new Summary.DenseSentence(view.starts[from], view.ends[to], s, perSentence[s]));
                }
            }
        }
        densest.sort((a, b) -> Integer.compare(b.findings(), a.findings()));
        if (densest.size() > DENSEST) {
            densest = new ArrayList<>(densest.subList(0, DENSEST));
        }
        Map<String, Integer> byKind = new LinkedHashMap<>();
        for (LoadedWord.Kind k : LoadedWord.Kind.values()) {
            byKind.put(k.label(), 0);
        }
        for (LoadedWord w : loaded) {
            byKind.merge(w.kind().label(), 1, Integer::sum);
        }
        int words = 0;
        for (int i = 0; i < view.size(); i++) {
            if (Character.isLetterOrDigit(view.lower[i].isEmpty() ? ' ' : view.lower[i].charAt(0))) {
                words++;
            }
        }
        return new Summary.Rhetoric(scope, rate(techniques.size(), sentences), mostUsed, densest,
                rate(loaded.size(), words), byKind);
    }

    private static double rate(int n, int per) {
        return per == 0 ? 0 : Math.round(1000.0 * n / per) / 10.0;
    }
}
