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

    /**
     * Longest piece of text handed to CoreNLP at once. A paragraph longer than this (a flattened page with no
     * breaks, a 10 MB dump) is cut at a whitespace so that work and memory per call stay bounded and the caller can
     * check its deadline between pieces; real paragraphs are far shorter.
     */
    static final int MAX_PIECE_CHARS = 20_000;

    /**
     * Most tokens one sentence may have. A "sentence" of thousands of tokens is a table or a list without
     * punctuation; the CRF's cost and memory grow with sentence length, so such runs are cut into pieces of this
     * size. The longest sentences in the PolNeAR news texts have about 150 tokens.
     */
    static final int MAX_SENTENCE_TOKENS = 200;

    /** The article's paragraphs, long ones cut at whitespace into pieces of at most {@link #MAX_PIECE_CHARS}. */
    static List<int[]> pieces(Article article) {
        String text = article.text();
        List<Paragraph> paragraphs = article.paragraphs().isEmpty() && !text.isEmpty()
                ? List.of(new Paragraph(0, text.length(), Paragraph.Kind.PARAGRAPH)) : article.paragraphs();
        List<int[]> pieces = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            int start = p.start();
            while (p.end() - start > MAX_PIECE_CHARS) {
                int cut = start + MAX_PIECE_CHARS;
                // Prefer the end of a sentence in the last quarter of the piece, else any whitespace. Both searches
                // stay inside the piece: a search back to the start of a long unpunctuated text for every piece
                // would make cutting it quadratic.
                int sentenceEnd = sentenceEndBefore(text, cut, start + MAX_PIECE_CHARS * 3 / 4);
                if (sentenceEnd >= 0) {
                    cut = sentenceEnd + 1;
                } else {
                    while (cut > start + MAX_PIECE_CHARS / 2 && !Character.isWhitespace(text.charAt(cut))) {
                        cut--;
                    }
                }
                pieces.add(new int[] {start, cut});
                start = cut;
            }
            pieces.add(new int[] {start, p.end()});
        }
        return pieces;
    }

    /** The last '.' followed by whitespace in {@code text(floor, cut]}, or -1. */
    private static int sentenceEndBefore(String text, int cut, int floor) {
        for (int i = Math.min(cut, text.length() - 2); i > floor; i--) {
            if (text.charAt(i) == '.' && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\n')) {
                return i;
            }
        }
        return -1;
    }

    /** The sentences of {@code text[start, end)}, offsets in {@code text}'s coordinates. */
    static List<TokenizedSentence> tokenize(String text, int start, int end) {
        List<TokenizedSentence> sentences = new ArrayList<>();
        Annotation annotation = new Annotation(text.substring(start, end));
        Holder.PIPELINE.annotate(annotation);
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            for (CoreLabel t : tokens) {
                t.setBeginPosition(t.beginPosition() + start);
                t.setEndPosition(t.endPosition() + start);
            }
            for (int from = 0; from < tokens.size(); from += MAX_SENTENCE_TOKENS) {
                List<CoreLabel> part = tokens.subList(from, Math.min(tokens.size(), from + MAX_SENTENCE_TOKENS));
                sentences.add(new TokenizedSentence(part.get(0).beginPosition(), part.get(part.size() - 1).endPosition(),
                        part));
            }
        }
        return sentences;
    }
}
