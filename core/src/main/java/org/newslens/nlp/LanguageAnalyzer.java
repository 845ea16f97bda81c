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
        String text = article.text();
        List<Tokenizer.TokenizedSentence> tokenized = Tokenizer.tokenize(article);
        List<Sentence> sentences = new ArrayList<>(tokenized.size());
        List<Token> tokens = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (Tokenizer.TokenizedSentence s : tokenized) {
            sentences.add(new Sentence(s.start(), s.end()));
            for (CoreLabel t : s.tokens()) {
                tokens.add(new Token(t.beginPosition(), t.endPosition(), null));
            }
            if (withEntities) {
                mentions.addAll(MentionFinder.find(text, s.tokens()));
            }
        }
        List<Entity> entities = withEntities ? EntityGrouper.group(text, mentions) : List.of();
        return new Language(sentences, tokens, entities);
    }

    /** Loads the models now; returns the time it took in milliseconds. */
    public static long warmUp() {
        return MentionFinder.warmUp();
    }
}
