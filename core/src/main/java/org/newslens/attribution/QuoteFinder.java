package org.newslens.attribution;

import java.util.List;
import java.util.Objects;
import org.newslens.model.Article;
import org.newslens.model.Quote;
import org.newslens.nlp.Language;

/**
 * The quotation stage: every attribution relation in the body, direct ("...," said X) and indirect (X said that
 * ..., according to X, ...), as {@link Quote}s with their cue, speaker and how specific the source is.
 *
 * <p>How: a cue tagger marks attributing words over each paragraph, and a role tagger marks the source and content
 * around each cue; both are linear-chain models trained on PolNeAR (see {@link AttributionTrainer}) over word,
 * name and quotation-mark features, with no parser, so the stage costs a few milliseconds per article. Speakers
 * resolve to entities through names, pronouns and bare roles ({@link Speakers}); the source's specificity is read
 * from its head word and determiner ({@link SourceKinds}).
 */
public final class QuoteFinder {
    private QuoteFinder() {
    }

    /** The quotations in the body, sorted by content start (then end); empty when there are no tokens. */
    public static List<Quote> find(Article article, Language language) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        return find(article, language, AttributionModel.standard());
    }

    static List<Quote> find(Article article, Language language, AttributionModel model) {
        if (language.tokens().isEmpty()) {
            return List.of();
        }
        TokenSheet sheet = TokenSheet.of(article, language);
        return QuoteBuilder.build(sheet, RelationTagger.tag(sheet, model), model);
    }

    /** Loads the model now rather than on the first article; returns the time it took in milliseconds. */
    public static long warmUp() {
        long t0 = System.nanoTime();
        AttributionModel.standard();
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
