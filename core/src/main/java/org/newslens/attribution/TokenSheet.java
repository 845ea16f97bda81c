package org.newslens.attribution;

import java.util.Arrays;
import java.util.List;
import org.newslens.model.Article;
import org.newslens.model.Entity;
import org.newslens.model.Paragraph;
import org.newslens.model.Sentence;
import org.newslens.model.Span;
import org.newslens.model.Token;
import org.newslens.nlp.Language;

/**
 * The article's tokens laid out as parallel arrays for the taggers: word forms, sentence and paragraph of each
 * token, the entity it belongs to and the quotation covering it. Built once per article.
 */
final class TokenSheet {
    static final byte NO_ENTITY = 0;

    final String text;
    final int n;
    final int[] start;
    final int[] end;
    /** The word as written. */
    final String[] word;
    /** Lower case, digits folded to 0, quotation marks folded by role. */
    final String[] norm;
    final String[] lemma;
    /** Coarse shape: "Xx", "x", "X", "d", "p" or "q" for a quotation mark. */
    final String[] shape;
    final int[] sentence;
    final int[] paragraph;
    /** First and one-past-last token of each sentence. */
    final int[] sentenceStart;
    final int[] sentenceEnd;
    /** 1 person, 2 organisation, 3 location, 4 other name, 0 none. */
    final byte[] entityType;
    final boolean[] entityBegin;
    final String[] entityId;
    /** Entity id to type, for the entities the tokens mention. */
    final java.util.Map<String, Byte> entityTypes = new java.util.HashMap<>();
    final QuoteMarks quotes;

    private TokenSheet(Article article, Language language) {
        text = article.text();
        List<Token> tokens = language.tokens();
        n = tokens.size();
        start = new int[n];
        end = new int[n];
        word = new String[n];
        for (int i = 0; i < n; i++) {
            start[i] = tokens.get(i).start();
            end[i] = tokens.get(i).end();
            word[i] = text.substring(start[i], end[i]);
        }
        sentence = new int[n];
        List<Sentence> sentences = language.sentences();
        int si = 0;
        for (int i = 0; i < n; i++) {
            while (si < sentences.size() - 1 && start[i] >= sentences.get(si).end()) {
                si++;
            }
            sentence[i] = si;
        }
        sentenceStart = new int[Math.max(1, sentences.size())];
        sentenceEnd = new int[sentenceStart.length];
        Arrays.fill(sentenceStart, n);
        for (int i = n - 1; i >= 0; i--) {
            sentenceStart[sentence[i]] = i;
            sentenceEnd[sentence[i]] = Math.max(sentenceEnd[sentence[i]], i + 1);
        }
        paragraph = new int[n];
        List<Paragraph> paragraphs = article.paragraphs();
        int pi = 0;
        for (int i = 0; i < n; i++) {
            while (pi < paragraphs.size() - 1 && start[i] >= paragraphs.get(pi).end()) {
                pi++;
            }
            paragraph[i] = pi;
        }
        entityType = new byte[n];
        entityBegin = new boolean[n];
        entityId = new String[n];
        markEntities(language.entities());
        quotes = QuoteMarks.find(text, start, end, paragraph);
        norm = new String[n];
        lemma = new String[n];
        shape = new String[n];
        for (int i = 0; i < n; i++) {
            String lower = Words.lower(word[i]);
            lemma[i] = Words.lemma(lower);
            byte role = quotes.role[i];
            if (role == QuoteMarks.OPEN) {
                norm[i] = "<q";
                shape[i] = "q";
            } else if (role == QuoteMarks.CLOSE) {
                norm[i] = "q>";
                shape[i] = "q";
            } else {
                norm[i] = fold(lower);
                shape[i] = shapeOf(word[i]);
            }
        }
    }

    static TokenSheet of(Article article, Language language) {
        return new TokenSheet(article, language);
    }

    private void markEntities(List<Entity> entities) {
        for (Entity e : entities) {
            byte type = (byte) (e.type().ordinal() + 1);
            entityTypes.put(e.id(), type);
            for (Span m : e.mentions()) {
                int i = firstTokenAtOrAfter(m.start());
                boolean first = true;
                while (i < n && start[i] < m.end()) {
                    entityType[i] = type;
                    entityBegin[i] = first;
                    entityId[i] = e.id();
                    first = false;
                    i++;
                }
            }
        }
    }

    /** Index of the first token ending after {@code offset} (binary search). */
    int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (end[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Digits become 0 so that years and sums pool; everything else as written, in lower case. */
    private static String fold(String lower) {
        boolean digit = false;
        for (int i = 0; i < lower.length(); i++) {
            if (Character.isDigit(lower.charAt(i))) {
                digit = true;
                break;
            }
        }
        if (!digit) {
            return lower;
        }
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            sb.append(Character.isDigit(c) ? '0' : c);
        }
        return sb.toString();
    }

    private static String shapeOf(String w) {
        if (w.isEmpty()) {
            return "p";
        }
        char c = w.charAt(0);
        if (Character.isUpperCase(c)) {
            for (int i = 1; i < w.length(); i++) {
                if (Character.isLowerCase(w.charAt(i))) {
                    return "Xx";
                }
            }
            return "X";
        }
        if (Character.isLowerCase(c)) {
            return "x";
        }
        if (Character.isDigit(c)) {
            return "d";
        }
        return "p";
    }

    boolean sentenceFirst(int i) {
        return i == sentenceStart[sentence[i]];
    }

    boolean sentenceLast(int i) {
        return i == sentenceEnd[sentence[i]] - 1;
    }

    /** The norm of token {@code i}, or a boundary marker outside the sentence of {@code anchor}. */
    String normAt(int i, int anchor) {
        if (i < 0 || i >= n || sentence[i] != sentence[anchor]) {
            return i < anchor ? "<s>" : "</s>";
        }
        return norm[i];
    }

    String shapeAt(int i, int anchor) {
        if (i < 0 || i >= n || sentence[i] != sentence[anchor]) {
            return "|";
        }
        return shape[i];
    }
}
