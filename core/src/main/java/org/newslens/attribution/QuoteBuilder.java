package org.newslens.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newslens.model.Quote;
import org.newslens.model.SourceKind;
import org.newslens.model.Span;
import org.newslens.model.Speaker;

/**
 * Turns tagged relations into {@link Quote}s: one per content fragment, each carrying the relation's cue and
 * speaker, plus one direct quote for each quotation embedded in reported speech ("stated that ... “impose a negative
 * impact on public opinion” ..."), so the quoted words keep their speaker.
 */
final class QuoteBuilder {
    private QuoteBuilder() {
    }

    /** Quotations shorter than this many words inside reported speech are scare quotes, not quoted speech. */
    static final int MIN_EMBEDDED_WORDS = 2;

    /** A relation without a source is less certain to be an attribution at all. */
    static final double NO_SOURCE_FACTOR = 0.85;

    static List<Quote> build(TokenSheet s, List<RelationTagger.Tagged> relations, AttributionModel model) {
        List<Quote> quotes = new ArrayList<>();
        List<Speakers.Known> known = new ArrayList<>();
        List<RelationTagger.Tagged> ordered = new ArrayList<>(relations);
        ordered.sort(Comparator.comparingInt(RelationTagger.Tagged::cueStart));
        for (RelationTagger.Tagged r : ordered) {
            if (r.contents().isEmpty()) {
                continue;
            }
            int[] source = nearest(r.sources(), r.cueStart());
            int from = source == null ? 0 : source[0];
            int to = source == null ? 0 : source[1];
            int head = source == null ? -1 : SourceKinds.head(s, from, to);
            String entity = source == null ? null : Speakers.resolve(s, from, to, head, known);
            SourceKinds.Verdict verdict = SourceKinds.classify(s, from, to, entity);
            Speaker speaker = source == null ? null : new Speaker(s.start[from], s.end[to - 1], entity);
            if (source != null) {
                known.add(new Speakers.Known(from, to, entity, entity == null ? Speakers.typeOfRole(s, head) : typeOf(s, entity)));
            }
            Span cue = new Span(s.start[r.cueStart()], s.end[r.cueEnd() - 1]);
            double confidence = model.confidence(r.cueScore()) * (source == null ? NO_SOURCE_FACTOR : 1);
            String attribution = attributionReason(s, cue, speaker, verdict);
            for (int[] c : r.contents()) {
                Quote.Kind kind = kind(s, c[0], c[1]);
                quotes.add(new Quote(s.start[c[0]], s.end[c[1] - 1], kind, cue, speaker, verdict.kind(),
                        clamp(confidence), describe(kind) + attribution));
                if (kind == Quote.Kind.MIXED) {
                    for (QuoteMarks.Quotation q : s.quotes.within(c[0], c[1])) {
                        if (q.close() - q.open() - 1 >= MIN_EMBEDDED_WORDS && !isTitle(s, q)) {
                            quotes.add(new Quote(s.start[q.open()], s.end[q.close()], Quote.Kind.DIRECT, cue, speaker,
                                    verdict.kind(), clamp(confidence), "words in quotation marks inside reported speech,"
                                    + attribution));
                        }
                    }
                }
            }
        }
        quotes.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
        return quotes;
    }

    /** Titles in quotation marks are set in title case and short: a show or a book named, not words quoted. */
    static final int MAX_TITLE_WORDS = 6;

    /** Every word inside the marks starts with a capital ("“Morning Joe”", "“Fox News Sunday”"). */
    static boolean isTitle(TokenSheet s, QuoteMarks.Quotation q) {
        if (q.close() - q.open() - 1 > MAX_TITLE_WORDS) {
            return false;
        }
        for (int i = q.open() + 1; i < q.close(); i++) {
            if (!Character.isUpperCase(s.word[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static byte typeOf(TokenSheet s, String entity) {
        return s.entityTypes.getOrDefault(entity, (byte) 0);
    }

    /** Direct when the fragment is one quotation, mixed when it holds quoted words, else indirect. */
    static Quote.Kind kind(TokenSheet s, int from, int to) {
        int q = s.quotes.inside[from];
        if (q >= 0 && q == s.quotes.inside[to - 1]) {
            return Quote.Kind.DIRECT;
        }
        for (int i = from; i < to; i++) {
            if (s.quotes.inside[i] >= 0) {
                return Quote.Kind.MIXED;
            }
        }
        return Quote.Kind.INDIRECT;
    }

    private static int[] nearest(List<int[]> spans, int cue) {
        int[] best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int[] span : spans) {
            int d = span[1] <= cue ? cue - span[1] : span[0] - cue;
            if (d < bestDistance) {
                bestDistance = d;
                best = span;
            }
        }
        return best;
    }

    private static String describe(Quote.Kind kind) {
        return switch (kind) {
            case DIRECT -> "words in quotation marks,";
            case MIXED -> "reported speech that quotes some words,";
            case INDIRECT -> "reported speech,";
        };
    }

    private static String attributionReason(TokenSheet s, Span cue, Speaker speaker, SourceKinds.Verdict verdict) {
        String cueText = s.text.substring(cue.start(), cue.end());
        if (speaker != null && (cueText.equals(":") || SpeakerLabels.isSignatureDash(cueText))) {
            // Layout, not a verb, attributes these (see SpeakerLabels): say which layout.
            String name = s.text.substring(speaker.start(), speaker.end());
            return (cueText.equals(":") ? " attributed by the speaker label \"" + name + ":\" ("
                    : " signed \"" + cueText + " " + name + "\" after the quotation (") + verdict.reason() + ")";
        }
        if (speaker == null) {
            return " attributed by \"" + cueText + "\" to no one named (" + verdict.reason() + ")";
        }
        return " attributed by \"" + cueText + "\" to \"" + s.text.substring(speaker.start(), speaker.end()) + "\" ("
                + verdict.reason() + ")";
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0.5 : Math.max(0, Math.min(1, v));
    }
}
