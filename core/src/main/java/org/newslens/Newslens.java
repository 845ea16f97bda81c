package org.newslens;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newslens.ingest.IngestOptions;
import org.newslens.ingest.PageReader;
import org.newslens.model.Article;
import org.newslens.model.Page;
import org.newslens.model.Result;
import org.newslens.pipeline.Layer;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;
import org.newslens.pipeline.ResultJson;

/**
 * The front door for embedding newslens.
 *
 * <pre>{@code
 * Newslens newslens = Newslens.builder().build();
 * Result result = newslens.analyze(Page.html("page.html", "https://example.com/a", html));
 * if (result instanceof Analysis a) { System.out.println(a.article().title()); }
 * }</pre>
 *
 * Instances are immutable and thread-safe.
 */
public final class Newslens {
    private final Pipeline pipeline;
    private final IngestOptions ingest;

    private Newslens(Pipeline pipeline, IngestOptions ingest) {
        this.pipeline = pipeline;
        this.ingest = ingest;
    }

    /** A builder with every layer on and default limits. */
    public static Builder builder() {
        return new Builder();
    }

    /** Extracts the article and computes the configured layers; never throws for a bad page. */
    public Result analyze(Page page) {
        return pipeline.run(Objects.requireNonNull(page, "page"));
    }

    /** The article alone, without analysis layers. */
    public static Article extract(Page page) {
        return org.newslens.extract.ArticleExtractor.extract(Objects.requireNonNull(page, "page"), Instant.now());
    }

    /** Opens inputs (files, directories, WARC archives, {@code -} for {@code stdin}) with this instance's limits. */
    public PageReader read(List<String> inputs, InputStream stdin) {
        return PageReader.open(inputs, ingest, stdin);
    }

    /** The pipeline behind this instance, for callers that drive many pages themselves. */
    public Pipeline pipeline() {
        return pipeline;
    }

    /** A result as one line of {@code newslens/1} JSON. */
    public static String toJson(Result result) {
        return ResultJson.toLine(result, true);
    }

    /** Configures a {@link Newslens}. */
    public static final class Builder {
        private Set<Layer> layers = EnumSet.allOf(Layer.class);
        private Duration timeLimit = PipelineOptions.DEFAULT_TIME_LIMIT;
        private IngestOptions ingest = IngestOptions.defaults();
        private Instant now;

        private Builder() {
        }

        /** Which analysis layers to compute; none means extraction only. */
        public Builder layers(Set<Layer> wanted) {
            this.layers = Set.copyOf(wanted);
            return this;
        }

        /** Per-document time limit. */
        public Builder timeLimit(Duration limit) {
            this.timeLimit = Objects.requireNonNull(limit, "limit");
            return this;
        }

        /** How inputs are read (size limit, assumed URL). */
        public Builder ingest(IngestOptions options) {
            this.ingest = Objects.requireNonNull(options, "options");
            return this;
        }

        /** The time to assume as fetch time when a page carries none; defaults to the time of building. */
        public Builder now(Instant instant) {
            this.now = instant;
            return this;
        }

        public Newslens build() {
            PipelineOptions options = new PipelineOptions(layers, timeLimit, now == null ? Instant.now() : now, null);
            return new Newslens(new Pipeline(options), ingest);
        }
    }
}
