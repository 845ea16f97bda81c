package org.newslens.extract;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newslens.model.Article;
import org.newslens.model.Truncation;

/** HTML page → {@link Article}: metadata and walls first, from the untouched document, then the body. */
final class HtmlExtractor {
    /** jsoup stops nesting here; deeper markup is flattened, so hostile pages cannot exhaust the stack. */
    static final int MAX_DEPTH = 512;

    private HtmlExtractor() {
    }

    static Article extract(String html, String url, LocalDate latest) {
        Document doc = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(html, url == null ? "" : url);
        JsonLd ld = JsonLd.of(doc);
        Metadata meta = MetadataExtractor.extract(doc, ld, url, latest);
        Truncation truncation = Truncations.wall(doc, ld.article());
        Element body = doc.body() == null ? doc : doc.body();
        ContentExtractor.Body content = ContentExtractor.extract(body, meta.title());
        if (truncation == null) {
            truncation = Truncations.cut(content.text());
        }
        return new Article(meta.title(), meta.authors(), meta.published(), meta.modified(), meta.siteName(),
                meta.section(), meta.language(), meta.description(), meta.canonicalUrl(), content.text(),
                content.paragraphs(), content.comments(), truncation);
    }
}
