package org.newslens.attribution;

import java.util.List;
import org.newslens.model.Attribution;
import org.newslens.model.Quote;
import org.newslens.model.SourceKind;
import org.newslens.model.Spanned;

/**
 * On whose authority a claim is made: the quotation whose content overlaps the claim most lends it its source kind,
 * speaker and cue ("The service stated that X": X is the service's claim). A claim no quotation touches is the
 * article's own assertion: {@link SourceKind#NONE}.
 */
final class ClaimAttributions {
    /** Quoted words longer than this are cut in reasons. */
    private static final int REASON_QUOTE_CHARS = 60;

    private ClaimAttributions() {
    }

    static Attribution of(Spanned claim, List<Quote> quotes, String text) {
        Quote best = null;
        int bestOverlap = 0;
        for (Quote q : quotes) {
            int overlap = Math.min(claim.end(), q.end()) - Math.max(claim.start(), q.start());
            // Ties go to the first quote in the text: the sort of the quote layer makes that stable.
            if (overlap > bestOverlap) {
                best = q;
                bestOverlap = overlap;
            }
        }
        if (best == null) {
            return new Attribution(SourceKind.NONE, null, null,
                    "no quotation or attribution covers this sentence: the article asserts it");
        }
        SourceKind kind = best.source();
        String speaker = best.speaker() == null ? null : clip(best.speaker().textOf(text));
        String cue = best.cue() == null ? null : clip(best.cue().textOf(text));
        String label = best.kind().label();
        String how = (label.startsWith("i") ? "part of an " : "part of a ") + label + " quotation"
                + (cue == null ? "" : " (\"" + cue + "\")");
        String reason = switch (kind) {
            case NAMED -> how + " attributed to " + (speaker == null ? "a named source" : speaker);
            case VAGUE -> how + " attributed to an unspecified source"
                    + (speaker == null ? " (no one is named)" : ": \"" + speaker + "\"");
            case ANONYMOUS -> how + " from a source left unnamed" + (speaker == null ? "" : ": \"" + speaker + "\"");
            case NONE -> how + " with no source given";
        };
        return new Attribution(kind, kind == SourceKind.NONE ? null : best.speaker(), best.cue(), reason);
    }

    private static String clip(String s) {
        String flat = s.replace('\n', ' ').strip();
        return flat.length() <= REASON_QUOTE_CHARS ? flat : flat.substring(0, REASON_QUOTE_CHARS - 1) + "…";
    }
}
