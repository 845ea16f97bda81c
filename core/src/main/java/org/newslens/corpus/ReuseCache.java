package org.newslens.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.newslens.reuse.ReuseDetector;
import org.newslens.reuse.ReuseDocument;
import org.newslens.reuse.ReuseOptions;
import org.newslens.reuse.ReuseReport;

/** The reuse report of the whole corpus, kept until the index changes or other options are asked for. */
final class ReuseCache {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private long version = -1;
    private ReuseOptions options;
    private ReuseReport report;

    synchronized ReuseReport report(IndexSearcher s, ReuseOptions wanted) throws IOException {
        IndexReader reader = s.getIndexReader();
        long current = reader instanceof DirectoryReader d ? d.getVersion() : -2;
        if (report == null || current != version || current == -2 || !wanted.equals(options)) {
            report = new ReuseDetector(wanted).detect(documents(reader));
            version = current;
            options = wanted;
        }
        return report;
    }

    /** Every live article: id, site, publication date and text (read from the stored JSON). */
    static List<ReuseDocument> documents(IndexReader reader) throws IOException {
        List<ReuseDocument> docs = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                if (live != null && !live.get(i)) {
                    continue;
                }
                Document d = stored.document(i);
                JsonNode json = MAPPER.readTree(d.get(Schema.JSON));
                String published = d.get(Schema.PUBLISHED);
                docs.add(new ReuseDocument(d.get(Schema.ID), d.get(Schema.SITE),
                        published == null ? null : LocalDate.parse(published),
                        json.path("article").path("text").asText("")));
            }
        }
        return docs;
    }
}
