package org.newslens.corpus;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/** Turns a {@link SearchRequest} into a Lucene query and sort. */
final class Queries {
    /**
     * Standard tokenisation and lower-casing, no stop words and no stemming: the corpus mixes languages, and one
     * language's stemmer would mangle the others.
     */
    static final StandardAnalyzer ANALYZER = new StandardAnalyzer();
    /** A word in the title counts twice as much as one in the body. */
    private static final Map<String, Float> BOOSTS = Map.of(Schema.TITLE, 2f, Schema.TEXT, 1f);

    private Queries() {
    }

    /**
     * The query of a request: the parsed text (or every article), plus filters that do not affect scores.
     *
     * @throws QuerySyntaxException when the text does not parse
     */
    static Query of(SearchRequest request) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text(request.query()), BooleanClause.Occur.MUST);
        for (Map.Entry<String, List<String>> e : request.filters().entrySet()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String v : e.getValue()) {
                any.add(new TermQuery(new Term(Schema.FILTER_PREFIX + e.getKey(), Dimensions.key(v))),
                        BooleanClause.Occur.SHOULD);
            }
            b.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (request.from() != null || request.to() != null) {
            long lo = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long hi = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(Schema.DAY, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static Query text(String query) {
        if (query.isBlank()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Schema.TITLE, Schema.TEXT}, ANALYZER,
                BOOSTS);
        // News searches are read as "all of these words"; OR says otherwise.
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(query);
        } catch (ParseException e) {
            throw new QuerySyntaxException("cannot read the query '" + query + "': " + firstLine(e.getMessage())
                    + " (check quotes and parentheses, or escape special characters with \\)", e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("the query '" + abbreviate(query) + "' expands to too many terms", e);
        }
    }

    /** The sort of a request; null for plain relevance (Lucene's default). */
    static Sort sort(SortOrder order) {
        SortField newest = new SortField(Schema.DAY, SortField.Type.LONG, true);
        newest.setMissingValue(Long.MIN_VALUE);
        SortField oldest = new SortField(Schema.DAY, SortField.Type.LONG, false);
        oldest.setMissingValue(Long.MAX_VALUE);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, SortField.FIELD_DOC);
            case NEWEST -> new Sort(newest, SortField.FIELD_DOC);
            case OLDEST -> new Sort(oldest, SortField.FIELD_DOC);
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
