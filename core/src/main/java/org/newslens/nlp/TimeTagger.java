package org.newslens.nlp;

import java.time.LocalDate;
import java.util.List;
import org.newslens.model.Article;
import org.newslens.model.TimeExpression;

/** The time-expression stage: finds time expressions and normalises them to TIMEX3 values. */
public final class TimeTagger {
    private TimeTagger() {
    }

    /**
     * The time expressions in the body, sorted.
     *
     * @param anchor the date relative expressions are resolved against, or null when unknown
     */
    public static List<TimeExpression> tag(Article article, Language language, LocalDate anchor) {
        return List.of();
    }
}
