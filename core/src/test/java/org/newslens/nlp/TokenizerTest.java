package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newslens.model.Article;
import org.newslens.model.Paragraph;
import org.newslens.model.Sentence;
import org.newslens.testing.SpanChecks;

class TokenizerTest {
    @Test
    void splitsAtSentenceEndsButNotAtAbbreviations() {
        Article a = article("Dr. Smith arrived at 9 a.m. on Monday. The U.S. delegation followed! Was it late?");
        List<Sentence> s = sentences(a);
        assertEquals(List.of("Dr. Smith arrived at 9 a.m. on Monday.", "The U.S. delegation followed!", "Was it late?"),
                s.stream().map(x -> x.textOf(a.text())).toList());
    }

    @Test
    void neverCrossesAParagraphBoundary() {
        String text = "A heading without a full stop\n\nThe body starts here. It goes on";
        Article a = new Article(null, List.of(), null, null, null, List.of(), null, null, null, text,
                List.of(new Paragraph(0, 29, Paragraph.Kind.HEADING), new Paragraph(31, text.length(), Paragraph.Kind.PARAGRAPH)),
                List.of(), null);
        List<String> s = sentences(a).stream().map(x -> x.textOf(text)).toList();
        assertEquals(List.of("A heading without a full stop", "The body starts here.", "It goes on"), s);
    }

    @Test
    void keepsQuotesAndCurlyPunctuationInsideTheSentence() {
        Article a = article("“We will not leave,” she said. Others agreed.");
        List<String> s = sentences(a).stream().map(x -> x.textOf(a.text())).toList();
        assertEquals(List.of("“We will not leave,” she said.", "Others agreed."), s);
    }

    @Test
    void randomTextGivesWellFormedSpans() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            String text = SpanChecks.randomText(random, 400);
            Article a = article(text);
            SpanChecks.assertLayer("sentence", text, sentences(a), true);
        }
    }

    @Test
    void emptyBodyHasNoSentences() {
        assertEquals(List.of(), sentences(article("")));
    }

    static List<Sentence> sentences(Article a) {
        List<Sentence> sentences = LanguageAnalyzer.analyze(a, false).sentences();
        SpanChecks.assertLayer("sentence", a.text(), sentences, true);
        return sentences;
    }

    @Test
    void longParagraphsAreCutAtASentenceEndElseAtWhitespace() {
        String sentences = "The council met again on Monday to talk about the roof. ".repeat(600).strip();
        List<int[]> pieces = Tokenizer.pieces(article(sentences));
        assertEquals(2, pieces.size());
        assertEquals('.', sentences.charAt(pieces.get(0)[1] - 1));
        assertEquals(sentences.length(), pieces.get(1)[1]);
        String words = "word ".repeat(6000).strip();
        List<int[]> cut = Tokenizer.pieces(article(words));
        assertEquals(2, cut.size());
        assertEquals(' ', words.charAt(cut.get(0)[1]));
        assertEquals(cut.get(0)[1], cut.get(1)[0]);
    }

    static Article article(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        if (!text.isEmpty()) {
            paragraphs.add(new Paragraph(0, text.length(), Paragraph.Kind.PARAGRAPH));
        }
        return new Article(null, List.of(), null, null, null, List.of(), null, null, null, text, paragraphs, List.of(), null);
    }
}
