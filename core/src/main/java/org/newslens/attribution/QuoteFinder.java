package org.newslens.attribution;

import java.util.List;
import org.newslens.model.Article;
import org.newslens.model.Quote;
import org.newslens.nlp.Language;

/** The quotation stage: direct and indirect quotations with their cues and speakers. */
public final class QuoteFinder {
    private QuoteFinder() {
    }

    /** The quotations in the body, sorted by content start. */
    public static List<Quote> find(Article article, Language language) {
        return List.of();
    }

    /** Loads the model now rather than on the first article; returns the time it took in milliseconds. */
    public static long warmUp() {
        return 0;
    }
}
