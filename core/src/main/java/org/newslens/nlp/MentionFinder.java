package org.newslens.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newslens.model.Entity;

/**
 * Finds person, organisation, location and other names. People, organisations and places come from CoreNLP's
 * three-class CRF (trained on CoNLL, MUC, ACE, OntoNotes and WikiNER); it runs at about 25,000 tokens/s here,
 * against about 8,000 for the four-class CoNLL model, which would take most of the language layer's budget of
 * 125 ms per article. The fourth class, MISC, is in news overwhelmingly nationalities and other demonyms
 * ("Iranian", "French"), which CoreNLP's own demonym list covers.
 */
final class MentionFinder {
    // The Spark job jar ships only these two files of CoreNLP's models jar (spark/pom.xml, JobJarModelsTest).
    static final String CRF_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";

    private static final class Holder {
        static final CRFClassifier<CoreLabel> CRF = load();
        static final Set<String> DEMONYM_WORDS = demonyms();

        private static CRFClassifier<CoreLabel> load() {
            try {
                return CRFClassifier.getClassifier(CRF_MODEL);
            } catch (IOException | ClassNotFoundException e) {
                throw new IllegalStateException("cannot load the NER model " + CRF_MODEL
                        + " (is stanford-corenlp's models jar on the class path?)", e);
            }
        }

        private static Set<String> demonyms() {
            Set<String> words = new HashSet<>();
            InputStream in = MentionFinder.class.getClassLoader().getResourceAsStream(DEMONYMS);
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEMONYMS);
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("#")) {
                        continue;
                    }
                    String[] fields = line.split("\t");
                    // Column 0 is the place; the rest are its adjectives and plurals.
                    for (int i = 1; i < fields.length; i++) {
                        if (!fields[i].isBlank() && !fields[i].contains(" ")) {
                            words.add(fields[i].strip());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return words;
        }
    }

    /**
     * All-capital words that are not names: titles, units, abbreviations of everyday words. Anything else in
     * capitals that the CRF leaves untagged is, in news, nearly always an organisation's acronym ("MEK", "NATO").
     */
    private static final Set<String> NOT_ACRONYMS = Set.of("I", "A", "OK", "TV", "CEO", "CFO", "PM", "AM", "GMT",
            "UTC", "PhD", "MP", "MPs", "DJ", "ID", "IQ", "PR", "Q", "FAQ", "PDF", "HTML", "URL", "DIY", "LOL", "AI",
            "GDP", "VAT", "USD", "EUR", "GBP", "KM", "KG", "MW", "GW", "CO2", "DNA", "HIV", "AIDS", "COVID", "RIP",
            "VIP", "UFO", "LGBT", "LGBTQ", "ET", "PT", "BST", "CET", "EST", "PST", "NB", "PS", "II", "III", "IV", "VI",
            "VII", "VIII", "IX", "XI", "XII", "XX", "XXI");

    /** Acronyms of places, not organisations. */
    private static final Set<String> PLACE_ACRONYMS = Set.of("US", "U.S.", "USA", "UK", "U.K.", "UAE", "DRC", "PRC",
            "ROK", "DPRK", "NYC", "LA", "DC", "D.C.");

    /** Two to six capitals, digits or dots, starting with a capital. */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z][A-Z0-9.]{1,5}");

    private MentionFinder() {
    }

    /** Loads the models now rather than on the first article; returns the load time in milliseconds. */
    static long warmUp() {
        long t0 = System.nanoTime();
        Holder.CRF.getClass();
        Holder.DEMONYM_WORDS.size();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The names in one sentence, in order. */
    static List<Mention> find(String text, List<CoreLabel> tokens) {
        List<CoreLabel> labelled = Holder.CRF.classifySentence(tokens);
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < labelled.size()) {
            String label = labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            Entity.Type type = typeOf(label);
            if (type == null) {
                CoreLabel t = tokens.get(i);
                String word = text.substring(t.beginPosition(), t.endPosition());
                if (Holder.DEMONYM_WORDS.contains(word)) {
                    mentions.add(new Mention(t.beginPosition(), t.endPosition(), Entity.Type.MISC, word));
                } else if (ACRONYM.matcher(word).matches() && !NOT_ACRONYMS.contains(word)) {
                    Entity.Type acronymType = PLACE_ACRONYMS.contains(word) ? Entity.Type.LOCATION : Entity.Type.ORGANIZATION;
                    mentions.add(new Mention(t.beginPosition(), t.endPosition(), acronymType, word));
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labelled.size() && label.equals(labelled.get(j).get(CoreAnnotations.AnswerAnnotation.class))) {
                j++;
            }
            int start = tokens.get(i).beginPosition();
            int end = tokens.get(j - 1).endPosition();
            // A demonym right before an organisation is part of its name: "Norwegian Refugee Council".
            Mention previous = mentions.isEmpty() ? null : mentions.get(mentions.size() - 1);
            if (type == Entity.Type.ORGANIZATION && previous != null && previous.type() == Entity.Type.MISC
                    && i > 0 && previous.end() == tokens.get(i - 1).endPosition()
                    && Holder.DEMONYM_WORDS.contains(previous.text())) {
                mentions.remove(mentions.size() - 1);
                start = previous.start();
            }
            mentions.add(new Mention(start, end, type, text.substring(start, end)));
            i = j;
        }
        return mentions;
    }

    private static Entity.Type typeOf(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON" -> Entity.Type.PERSON;
            case "ORGANIZATION" -> Entity.Type.ORGANIZATION;
            case "LOCATION" -> Entity.Type.LOCATION;
            case "MISC" -> Entity.Type.MISC;
            default -> null;
        };
    }
}
