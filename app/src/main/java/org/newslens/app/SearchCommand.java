package org.newslens.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newslens.corpus.Corpus;
import org.newslens.corpus.CorpusException;
import org.newslens.corpus.Interval;
import org.newslens.corpus.QuerySyntaxException;
import org.newslens.corpus.SearchRequest;
import org.newslens.corpus.SortOrder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newslens search}: query the corpus, with filters, facet counts, exports and timelines. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Search the corpus index: titles and bodies, filtered by facet values and dates.",
            "QUERY uses Lucene's classic syntax: every word must match unless OR says otherwise; \"an exact phrase\","
                + " title:word, word*, -excluded. No QUERY matches every article.",
            "Filters: values of one option are alternatives, different options must all match; case does not"
                + " matter; --entity also matches an entity's other names.",
            "Output: a table of the first --limit hits with facet counts, or with --json / --csv every match"
                + " (exports are never capped unless --limit is given).",
            "--timeline day|week|month prints how many articles match per period instead of the hits: counts over"
                + " time for a query, or for an entity with --entity NAME."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:ok", "1:the index is missing or damaged", "2:usage, or a query that does not parse"})
final class SearchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query words (joined with spaces).")
    List<String> query = List.of();

    @Mixin
    IndexOption index;

    @Option(names = "--site", paramLabel = "HOST", description = "Only articles from this site.")
    List<String> site = List.of();

    @Option(names = "--section", paramLabel = "NAME", description = "Only articles in this section.")
    List<String> section = List.of();

    @Option(names = "--language", paramLabel = "CODE", description = "Only articles in this language (en, de, ...).")
    List<String> language = List.of();

    @Option(names = "--author", paramLabel = "NAME", description = "Only articles with this byline.")
    List<String> author = List.of();

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles naming this entity.")
    List<String> entity = List.of();

    @Option(names = "--technique", paramLabel = "NAME", description = "Only articles using this rhetorical technique.")
    List<String> technique = List.of();

    @Option(names = "--attribution", paramLabel = "KIND",
            description = "Only articles with a claim sourced this way: named, vague, anonymous, none.")
    List<String> attribution = List.of();

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only articles quoting or citing this source.")
    List<String> speaker = List.of();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day.")
    LocalDate to;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--limit", paramLabel = "N", description = "Hits to show (table default: 10; exports: all).")
    Integer limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip.")
    int offset;

    @Option(names = "--facets", paramLabel = "N", defaultValue = "5",
            description = "Values counted per facet (default: ${DEFAULT-VALUE}; 0 for none).")
    int facets;

    @CommandLine.ArgGroup(exclusive = true)
    Format format = new Format();

    @Option(names = "--timeline", paramLabel = "INTERVAL",
            description = "Counts per day, week or month instead of hits.")
    String timeline;

    /** Output formats; at most one. */
    static final class Format {
        @Option(names = "--json", description = "JSON: every match unless --limit.")
        boolean json;

        @Option(names = "--csv", description = "CSV with a header row: every match unless --limit.")
        boolean csv;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SearchRequest request;
        Interval interval = null;
        try {
            request = request();
            if (timeline != null) {
                interval = Interval.valueOf(timeline.toUpperCase(java.util.Locale.ROOT));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), timeline != null && e.getMessage() != null
                    && e.getMessage().startsWith("No enum") ? "--timeline must be day, week or month" : e.getMessage());
        }
        try (Corpus corpus = Corpus.openReadOnly(index.directory)) {
            SearchOutput print = new SearchOutput(out, format.json, format.csv);
            if (interval != null) {
                print.timeline(corpus.timeline(request, interval), request);
            } else if ((format.json || format.csv) && limit == null) {
                print.export(corpus, request);
            } else {
                print.page(corpus.search(request), request);
            }
        } catch (QuerySyntaxException e) {
            err.println("newslens search: " + e.getMessage());
            err.flush();
            return 2;
        } catch (CorpusException e) {
            err.println("newslens search: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.flush();
        return 0;
    }

    private SearchRequest request() {
        SortOrder order;
        try {
            order = SortOrder.valueOf(sort.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--sort must be relevance, newest or oldest");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("site", site);
        filters.put("section", section);
        filters.put("language", language);
        filters.put("author", author);
        filters.put("entity", entity);
        filters.put("technique", technique);
        filters.put("attribution", attribution);
        filters.put("speaker", speaker);
        int n = limit == null ? SearchRequest.DEFAULT_LIMIT : limit;
        if (n < 0 || offset < 0 || facets < 0) {
            throw new IllegalArgumentException("--limit, --offset and --facets must not be negative");
        }
        return new SearchRequest(String.join(" ", query), filters, from, to, order, offset, n, facets);
    }
}
