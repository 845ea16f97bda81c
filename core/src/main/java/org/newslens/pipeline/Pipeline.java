package org.newslens.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.newslens.extract.ArticleExtractor;
import org.newslens.model.Analysis;
import org.newslens.model.Article;
import org.newslens.model.Failure;
import org.newslens.model.Item;
import org.newslens.model.Page;
import org.newslens.model.Result;
import org.newslens.model.Sentence;
import org.newslens.nlp.SentenceSplitter;

/**
 * The chain of stages, written out once in reading order: extract, then each requested layer. Every page yields
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
            List<Sentence> sentences = List.of();
            if (options.layers().contains(Layer.SENTENCES)) {
                stage = "sentences";
                checkTime(deadline, stage);
                sentences = SentenceSplitter.split(article);
            }
            checkTime(deadline, stage);
            return new Analysis(page.source(), article, sentences);
        } catch (TimeLimitException e) {
            return new Failure(page.source(), e.stage, "time limit of " + seconds(options.timeLimit())
                    + " exceeded (raise it with --time-limit)");
        } catch (StackOverflowError e) {
            return new Failure(page.source(), stage, "markup nested too deeply to process");
        } catch (OutOfMemoryError e) {
            return new Failure(page.source(), stage, "not enough memory to process this page");
        } catch (RuntimeException e) {
            return new Failure(page.source(), stage, "internal error: " + e);
        }
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
