package org.newslens.corpus;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/** Search, export and timelines over one searcher. */
final class Searches {
    /** Hits fetched per round trip of an export. */
    static final int EXPORT_PAGE = 1000;
    /** The stored fields a hit shows: everything but the JSON, which is the bulk of a document. */
    static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(Schema.ID, Schema.URL, Schema.TITLE, Schema.SITE,
            Schema.PUBLISHED, Schema.LANGUAGE, Schema.AUTHORS, Schema.SECTION, Schema.LEAD);

    private Searches() {
    }

    static SearchResult search(IndexSearcher s, SortedSetDocValuesReaderState facetState, SearchRequest request)
            throws IOException {
        Query query = Queries.of(request);
        int wanted = (int) Math.min(Integer.MAX_VALUE - 1L, (long) request.offset() + request.limit());
        FacetsCollectorManager.FacetsResult r = FacetsCollectorManager.search(s, query, Math.max(1, wanted),
                Queries.sort(request.sort()), true, new FacetsCollectorManager());
        FacetsCollector fc = r.facetsCollector();
        long total = 0;
        for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
            total += m.totalHits;
        }
        List<SearchHit> hits = new ArrayList<>();
        StoredFields stored = s.storedFields();
        ScoreDoc[] docs = r.topDocs().scoreDocs;
        for (int i = request.offset(); i < docs.length && hits.size() < request.limit(); i++) {
            hits.add(hit(stored.document(docs[i].doc, HIT_FIELDS), docs[i].score));
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        if (request.facetLimit() > 0 && facetState != null && total > 0) {
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, fc);
            for (String dim : Dimensions.NAMES) {
                facets.put(dim, counts(counts, dim, request.facetLimit()));
            }
        }
        return new SearchResult(total, request.offset(), hits, facets);
    }

    private static List<FacetCount> counts(SortedSetDocValuesFacetCounts counts, String dim, int limit)
            throws IOException {
        List<FacetCount> out = new ArrayList<>();
        FacetResult result;
        try {
            result = counts.getTopChildren(limit, dim);
        } catch (IllegalArgumentException e) {
            // The dimension was never indexed (no article has a technique yet, say).
            return out;
        }
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                out.add(new FacetCount(lv.label, lv.value.longValue()));
            }
        }
        return out;
    }

    static long export(IndexSearcher s, SearchRequest request, Consumer<SearchHit> sink) throws IOException {
        Query query = Queries.of(request);
        Sort sort = Queries.sort(request.sort());
        StoredFields stored = s.storedFields();
        long count = 0;
        ScoreDoc after = null;
        while (true) {
            TopDocs page = after == null ? s.search(query, EXPORT_PAGE, sort, true)
                    : s.searchAfter(after, query, EXPORT_PAGE, sort, true);
            for (ScoreDoc sd : page.scoreDocs) {
                sink.accept(hit(stored.document(sd.doc, HIT_FIELDS), sd.score));
                count++;
            }
            if (page.scoreDocs.length < EXPORT_PAGE) {
                return count;
            }
            after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
        }
    }

    static Timeline timeline(IndexSearcher s, SearchRequest request, Interval interval) throws IOException {
        FacetsCollector fc = s.search(Queries.of(request), new FacetsCollectorManager());
        TreeMap<LocalDate, Long> counts = new TreeMap<>();
        long total = 0;
        long undated = 0;
        for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) {
            NumericDocValues days = DocValues.getNumeric(m.context.reader(), Schema.DAY);
            DocIdSetIterator it = m.bits.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                total++;
                if (days.advanceExact(doc)) {
                    counts.merge(interval.bucketOf(LocalDate.ofEpochDay(days.longValue())), 1L, Long::sum);
                } else {
                    undated++;
                }
            }
        }
        return new Timeline(interval, buckets(counts, interval), total, undated);
    }

    private static List<Timeline.Bucket> buckets(TreeMap<LocalDate, Long> counts, Interval interval) {
        List<Timeline.Bucket> out = new ArrayList<>();
        if (counts.isEmpty()) {
            return out;
        }
        long span = 0;
        for (LocalDate d = counts.firstKey(); !d.isAfter(counts.lastKey()); d = interval.next(d)) {
            if (++span > Timeline.MAX_FILLED_BUCKETS) {
                counts.forEach((day, n) -> out.add(new Timeline.Bucket(day, n)));
                return out;
            }
        }
        for (LocalDate d = counts.firstKey(); !d.isAfter(counts.lastKey()); d = interval.next(d)) {
            out.add(new Timeline.Bucket(d, counts.getOrDefault(d, 0L)));
        }
        return out;
    }

    static SearchHit hit(Document d, float score) {
        String published = d.get(Schema.PUBLISHED);
        return new SearchHit(d.get(Schema.ID), d.get(Schema.URL), d.get(Schema.TITLE), d.get(Schema.SITE),
                published == null ? null : LocalDate.parse(published), d.get(Schema.LANGUAGE),
                Schema.values(d, Schema.AUTHORS), Schema.values(d, Schema.SECTION), d.get(Schema.LEAD),
                Float.isNaN(score) ? 0 : score);
    }
}
