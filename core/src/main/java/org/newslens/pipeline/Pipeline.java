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
import org.newslens.model.Source;
import org.newslens.model.Summary;
import org.newslens.model.TimeExpression;
import org.newslens.nlp.Language;
import org.newslens.nlp.LanguageAnalyzer;
import org.newslens.nlp.TimeTagger;
import org.newslens.rhetoric.Rhetoric;
import org.newslens.rhetoric.TechniqueFinder;

/**
 * The chain of stages, written out once in reading order: extract; then language (sentences, tokens, entities),
 * times, quotes, claims and rhetoric, as requested. Every page yields
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
        return run(item, Timings.NONE);
    }

    /** As {@link #run(Item)}, adding the time each stage took to {@code timings}. */
    public Result run(Item item, Timings timings) {
        if (item instanceof Failure failure) {
            return failure;
        }
        Page page = (Page) item;
        Clock clock = new Clock(System.nanoTime() + options.timeLimit().toNanos(), timings);
        return guarded(page.source(), clock, () -> {
            Article article = ArticleExtractor.extract(page, options.now());
            return layers(page.source(), article, clock);
        });
    }

    /**
     * Loads every model the configured layers use by running them once over a short invented article, so that the
     * first real page is not charged with loading (which could take longer than its time limit).
     *
     * @return the time it took in milliseconds
     */
    public long warmUp() {
        long t0 = System.nanoTime();
        Article article = Article.fromText("Officials in Springfield said on Monday that the new bridge would open "
                + "next year. \"We are confident,\" the mayor told reporters, according to a statement.");
        Page page = new Page(new Source("warm-up", null, null), Page.Format.TEXT, article.text(), null);
        run(page);
        analyze(page.source(), article, Timings.NONE);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * Computes the configured layers over an article the caller already has (clean text from a corpus, say),
     * skipping extraction; never throws for a bad article.
     */
    public Result analyze(Source source, Article article, Timings timings) {
        Clock clock = new Clock(System.nanoTime() + options.timeLimit().toNanos(), timings);
        clock.stage = "language";
        return guarded(source, clock, () -> layers(source, article, clock));
    }

    private Analysis layers(Source source, Article article, Clock clock) {
        Set<Layer> layers = options.layers();
        if (layers.isEmpty()) {
            clock.stop();
            return Analysis.ofArticle(source, article);
        }
        clock.enter("language");
        Language language = LanguageAnalyzer.analyze(article, layers.contains(Layer.ENTITIES), clock::check);
        List<TimeExpression> times = List.of();
        if (layers.contains(Layer.TIMES)) {
            clock.enter("times");
            times = TimeTagger.tag(article, language, anchorDate(article));
        }
        List<Quote> quotes = List.of();
        if (layers.contains(Layer.QUOTES)) {
            clock.enter("quotes");
            quotes = QuoteFinder.find(article, language);
        }
        List<Claim> claims = List.of();
        Summary summary = Summary.EMPTY;
        if (layers.contains(Layer.CLAIMS)) {
            clock.enter("claims");
            claims = ClaimFinder.find(article, language, quotes);
            summary = new Summary(Sourcing.summarise(article.text(), claims, language.entities()));
        }
        Rhetoric rhetoric = null;
        if (layers.contains(Layer.TECHNIQUES)) {
            clock.enter("rhetoric");
            rhetoric = TechniqueFinder.find(article, language);
            summary = summary.withRhetoric(rhetoric.summary());
        }
        clock.stop();
        return new Analysis(source, article, language.sentences(), language.tokens(), language.entities(), times,
                quotes, claims, rhetoric == null ? List.of() : rhetoric.techniques(),
                rhetoric == null ? List.of() : rhetoric.loadedWords(), summary);
    }

    /** Runs {@code work}, turning every way a page can fail into an error record naming the stage. */
    private Result guarded(Source source, Clock clock, java.util.function.Supplier<Result> work) {
        try {
            return work.get();
        } catch (TimeLimitException e) {
            return new Failure(source, e.stage, "time limit of " + seconds(options.timeLimit())
                    + " exceeded (raise it with --time-limit)");
        } catch (StackOverflowError e) {
            return new Failure(source, clock.stage, "markup nested too deeply to process");
        } catch (OutOfMemoryError e) {
            // Only this page's structures are lost; the caller's own state is untouched, so carrying on is safe.
            return new Failure(source, clock.stage, "not enough memory to process this page");
        } catch (RuntimeException | LinkageError e) {
            // A bug or a missing model must cost this page, not the run: the error names the stage and the cause.
            return new Failure(source, clock.stage, "internal error: " + e);
        }
    }

    /**
     * Marks the stage being run: times the one that ends, and checks the deadline between stages (a stage itself
     * is linear in the page, so the check between them bounds a page's time; the language stage, the costly one,
     * also checks between pieces of text). An interrupted thread stops here too: that is how {@link WindowedMap}'s
     * watchdog ends a page it has already answered with a time-out.
     */
    private static final class Clock {
        private final long deadline;
        private final Timings timings;
        private String stage = "extract";
        private long started = System.nanoTime();

        Clock(long deadline, Timings timings) {
            this.deadline = deadline;
            this.timings = timings;
        }

        void enter(String next) {
            long now = System.nanoTime();
            timings.add(stage, now - started);
            if (outOfTime(now)) {
                throw new TimeLimitException(stage);
            }
            stage = next;
            started = now;
        }

        void stop() {
            enter(stage);
        }

        /** Stops the document when it has run out of time; stages call it between pieces of long work. */
        void check() {
            long now = System.nanoTime();
            if (outOfTime(now)) {
                timings.add(stage, now - started);
                throw new TimeLimitException(stage);
            }
        }

        /** Past the deadline, or interrupted by the batch watchdog, which ends a runaway page that way. */
        private boolean outOfTime(long now) {
            return now > deadline || Thread.currentThread().isInterrupted();
        }
    }

    /** The date relative times resolve against: the one given, else the publication date, else none. */
    private LocalDate anchorDate(Article article) {
        if (options.date() != null) {
            return options.date();
        }
        return article.published() == null ? null : article.published().date();
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
