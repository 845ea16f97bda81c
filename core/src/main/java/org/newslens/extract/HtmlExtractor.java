package org.newslens.extract;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.model.Article;
import org.newslens.model.Truncation;

/** HTML page → {@link Article}: metadata and walls first, from the untouched document, then the body. */
final class HtmlExtractor {
    private HtmlExtractor() {
    }

    static Article extract(String html, String url, LocalDate latest) {
        Names.forgetPage();
        Document doc = HtmlParser.parse(html, url);
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
