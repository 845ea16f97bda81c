package org.newslens.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.newslens.model.Article;
import org.newslens.model.Page;

/**
 * The extraction stage: a {@link Page} becomes an {@link Article}. HTML goes through DOM scoring and metadata
 * readers; flattened text through line rules. Never throws on bad markup; a page with no recognisable body yields
 * an article with empty text.
 */
public final class ArticleExtractor {
    private ArticleExtractor() {
    }

    /**
     * Extracts the article from {@code page}.
     *
     * @param now used as the fetch time when the page does not carry one: no date after it is accepted
     */
    public static Article extract(Page page, Instant now) {
        Objects.requireNonNull(page, "page");
        Instant fetched = page.source().fetched() != null ? page.source().fetched() : now;
        // The latest calendar date anywhere on Earth at the fetch instant (UTC+14): a page dated later was
        // not published before it was fetched.
        LocalDate latest = fetched.atOffset(ZoneOffset.ofHours(14)).toLocalDate();
        return switch (page.format()) {
            case HTML -> HtmlExtractor.extract(page.content(), page.source().url(), latest);
            case TEXT -> TextExtractor.extract(page.content(), latest);
        };
    }
}
