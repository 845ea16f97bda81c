package org.newslens.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.newslens.model.Article;
import org.newslens.model.Entity;
import org.newslens.model.Sentence;
import org.newslens.model.Token;

/**
 * The language stage: sentences and tokens (CoreNLP's tokenizer, one paragraph at a time), and named entities
 * (a CRF plus a demonym list, grouped per article). Thread-safe; models load once, on first use or
 * {@link #warmUp()}.
 */
public final class LanguageAnalyzer {
    private LanguageAnalyzer() {
    }

    /**
     * Analyses the body of {@code article}.
     *
     * @param withEntities whether to run the entity recogniser (the costly part)
     */
    public static Language analyze(Article article, boolean withEntities) {
        return analyze(article, withEntities, () -> { });
    }

    /**
     * As {@link #analyze(Article, boolean)}, calling {@code checkpoint} after each piece of text (a paragraph, or
     * at most {@value Tokenizer#MAX_PIECE_CHARS} characters of one): the pipeline's deadline check, which throws
     * to stop a document that has run out of time. Pieces are tokenized and tagged one after another, so only one
     * piece's CoreNLP structures are alive at a time.
     */
    public static Language analyze(Article article, boolean withEntities, Runnable checkpoint) {
        String text = article.text();
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (int[] piece : Tokenizer.pieces(article)) {
            for (Tokenizer.TokenizedSentence s : Tokenizer.tokenize(text, piece[0], piece[1])) {
                sentences.add(new Sentence(s.start(), s.end()));
                for (CoreLabel t : s.tokens()) {
                    tokens.add(new Token(t.beginPosition(), t.endPosition(), null));
                }
                if (withEntities) {
                    mentions.addAll(MentionFinder.find(text, s.tokens()));
                }
            }
            checkpoint.run();
        }
        List<Entity> entities = withEntities ? EntityGrouper.group(text, mentions) : List.of();
        return new Language(sentences, tokens, entities);
    }

    /** Loads the models now; returns the time it took in milliseconds. */
    public static long warmUp() {
        return MentionFinder.warmUp();
    }
}
