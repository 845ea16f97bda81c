package org.newslens.pipeline;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newslens.attribution.ClaimFinder;
import org.newslens.attribution.QuoteFinder;
import org.newslens.attribution.Sourcing;
import org.newslens.extract.ArticleExtractor;
import org.newslens.model.Analysis;
import org.newslens.model.Article;
import org.newslens.model.Claim;
import org.newslens.model.Failure;
import org.newslens.model.Item;
import org.newslens.model.Page;
import org.newslens.model.Quote;
import org.newslens.model.Result;
import org.newslens.model.Summary;
import org.newslens.model.TimeExpression;
import org.newslens.nlp.Language;
import org.newslens.nlp.LanguageAnalyzer;
import org.newslens.nlp.TimeTagger;

/**
 * The chain of stages, written out once in reading order: extract; then language (sentences, tokens, entities),
 * times, quotes and claims, as requested. Every page yields
 * an {@link Analysis} or a {@link Failure} naming the stage that gave up; nothing escapes as an exception.
 * Thread-safe: one pipeline serves any number of threads.
 */
public final class Pipeline {
    private final PipelineOptions options;

    public Pipeline(PipelineOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public PipelineOptions options() {
        return options;
    }

    /** Runs the chain on a page, or passes an ingest failure through. */
    public Result run(Item item) {
        if (item instanceof Failure failure) {
            return failure;
        }
        Page page = (Page) item;
        long deadline = System.nanoTime() + options.timeLimit().toNanos();
        String stage = "extract";
        try {
            Article article = ArticleExtractor.extract(page, options.now());
            Set<Layer> layers = options.layers();
            if (layers.isEmpty()) {
                checkTime(deadline, stage);
                return Analysis.ofArticle(page.source(), article);
            }
            stage = "language";
            checkTime(deadline, stage);
            Language language = LanguageAnalyzer.analyze(article, layers.contains(Layer.ENTITIES));
            List<TimeExpression> times = List.of();
            if (layers.contains(Layer.TIMES)) {
                stage = "times";
                checkTime(deadline, stage);
                times = TimeTagger.tag(article, language, anchorDate(article));
            }
            List<Quote> quotes = List.of();
            if (layers.contains(Layer.QUOTES)) {
                stage = "quotes";
                checkTime(deadline, stage);
                quotes = QuoteFinder.find(article, language);
            }
            List<Claim> claims = List.of();
            Summary summary = Summary.EMPTY;
            if (layers.contains(Layer.CLAIMS)) {
                stage = "claims";
                checkTime(deadline, stage);
                claims = ClaimFinder.find(article, language, quotes);
                summary = new Summary(Sourcing.summarise(article.text(), claims, language.entities()));
            }
            checkTime(deadline, stage);
            return new Analysis(page.source(), article, language.sentences(), language.tokens(), language.entities(),
                    times, quotes, claims, summary);
        } catch (TimeLimitException e) {
            return new Failure(page.source(), e.stage, "time limit of " + seconds(options.timeLimit())
                    + " exceeded (raise it with --time-limit)");
        } catch (StackOverflowError e) {
            return new Failure(page.source(), stage, "markup nested too deeply to process");
        } catch (OutOfMemoryError e) {
            return new Failure(page.source(), stage, "not enough memory to process this page");
        } catch (RuntimeException | LinkageError e) {
            // A bug or a missing model must cost this page, not the run: the error names the stage and the cause.
            return new Failure(page.source(), stage, "internal error: " + e);
        }
    }

    /** The date relative times resolve against: the one given, else the publication date, else none. */
    private LocalDate anchorDate(Article article) {
        if (options.date() != null) {
            return options.date();
        }
        return article.published() == null ? null : article.published().date();
    }

    private static void checkTime(long deadline, String stage) {
        if (System.nanoTime() > deadline) {
            throw new TimeLimitException(stage);
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** A document ran over its time limit in the named stage. */
    static final class TimeLimitException extends RuntimeException {
        final String stage;

        TimeLimitException(String stage) {
            super("time limit exceeded in " + stage, null, false, false);
            this.stage = stage;
        }
    }
}
