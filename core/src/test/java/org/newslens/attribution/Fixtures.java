package org.newslens.attribution;

import java.util.ArrayList;
import java.util.List;
import org.newslens.model.Article;
import org.newslens.nlp.Language;
import org.newslens.nlp.LanguageAnalyzer;

/** Articles for the attribution tests: paragraphs separated by blank lines, as the text extractor gives them. */
final class Fixtures {
    private Fixtures() {
    }

    static Article article(String text) {
        return Article.fromText(text);
    }

    static TokenSheet sheet(String text, boolean entities) {
        Article article = article(text);
        Language language = LanguageAnalyzer.analyze(article, entities);
        return TokenSheet.of(article, language);
    }

    /** The text of each quotation the marks pair, marks included. */
    static List<String> quotations(String text) {
        TokenSheet s = sheet(text, false);
        List<String> out = new ArrayList<>();
        for (QuoteMarks.Quotation q : s.quotes.quotations) {
            out.add(text.substring(s.start[q.open()], s.end[q.close()]));
        }
        return out;
    }
}
