package org.newslens.attribution;

import java.util.List;
import org.newslens.model.Article;
import org.newslens.model.Claim;
import org.newslens.model.Quote;
import org.newslens.nlp.Language;

/** The claim stage: check-worthy sentences, each with the attribution it carries. */
public final class ClaimFinder {
    private ClaimFinder() {
    }

    /** The claims in the body, sorted. */
    public static List<Claim> find(Article article, Language language, List<Quote> quotes) {
        return List.of();
    }
}
