package org.newslens.rhetoric;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Words and phrases with flags: what a published lexicon says of them (MPQA subjectivity clues, GPL; Hutto's bias
 * lexicons, MIT) and which of our own cue lists ({@link Cues}) hold them. Lookup is by lower-cased token; phrases
 * are matched token by token.
 */
final class Lexicon {
    static final int STRONG_SUBJECTIVE = 1;
    static final int WEAK_SUBJECTIVE = 1 << 1;
    static final int POSITIVE = 1 << 2;
    static final int NEGATIVE = 1 << 3;
    static final int VALUE_LADEN = 1 << 4;
    static final int PRESUPPOSITION = 1 << 5;
    static final int DOUBT_MARKER = 1 << 6;
    static final int FIGURATIVE = 1 << 7;
    static final int BOOSTER = 1 << 8;
    static final int HEDGE = 1 << 9;
    static final int VAGUE_QUANTITY = 1 << 10;
    static final int CUE_AUTHORITY = 1 << 11;
    static final int CUE_FEAR = 1 << 12;
    static final int CUE_FLAG = 1 << 13;
    static final int CUE_CAUSAL = 1 << 14;
    static final int CUE_BLACK_WHITE = 1 << 15;
    static final int CUE_CLICHE = 1 << 16;
    static final int CUE_WHATABOUT = 1 << 17;
    static final int CUE_BANDWAGON = 1 << 18;
    static final int CUE_DOUBT = 1 << 19;
    static final int CUE_EXTREME = 1 << 20;
    static final int FLAG_COUNT = 21;

    /** Short names of the flags, for feature names and reasons. */
    static final String[] FLAG_NAMES = {"strong-subjective", "weak-subjective", "positive", "negative",
        "value-laden", "presupposition", "doubt-marker", "figurative", "booster", "hedge", "vague-quantity",
        "authority", "fear", "flag", "causal", "either-or", "cliche", "whatabout", "bandwagon", "doubt", "extreme"};

    /** What each flag means to a reader. */
    static final String[] FLAG_READINGS = {"strongly subjective word (MPQA)", "subjective word (MPQA)",
        "positive word (MPQA)", "negative word (MPQA)", "value-laden word (Hutto)", "presupposing word (Hutto)",
        "doubt marker (Hutto)", "figure of speech (Hutto)", "booster", "hedge", "vague quantity",
        "appeal to an authority", "words of threat", "words of group pride", "causal connective",
        "either-or wording", "stock phrase", "pointing elsewhere", "appeal to the crowd or a despised group",
        "questioning credibility", "words of extremity"};

    /** The flags that come from published lexicons and travel in the model file. */
    static final int PUBLISHED = STRONG_SUBJECTIVE | WEAK_SUBJECTIVE | POSITIVE | NEGATIVE | VALUE_LADEN
            | PRESUPPOSITION | DOUBT_MARKER | FIGURATIVE;

    private final Map<String, Integer> words;
    /** Phrases by first word: each entry the phrase's words and its flags. */
    private final Map<String, List<Phrase>> phrases;
    private final int longestPhrase;

    record Phrase(String[] words, int flags) {
    }

    private Lexicon(Map<String, Integer> entries) {
        this.words = new HashMap<>();
        this.phrases = new HashMap<>();
        int longest = 1;
        for (Map.Entry<String, Integer> e : entries.entrySet()) {
            String[] parts = e.getKey().split(" ");
            if (parts.length == 1) {
                words.merge(parts[0], e.getValue(), (a, b) -> a | b);
            } else {
                phrases.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new Phrase(parts, e.getValue()));
                longest = Math.max(longest, parts.length);
            }
        }
        // Longest phrases first, so a match takes the most words it can.
        phrases.values().forEach(l -> l.sort((a, b) -> Integer.compare(b.words.length, a.words.length)));
        this.longestPhrase = longest;
    }

    /** Flags of a single lower-cased word (0 when unknown). */
    int flags(String word) {
        return words.getOrDefault(word, 0);
    }

    /** Phrases that start with {@code word}, longest first. */
    List<Phrase> phrasesFrom(String word) {
        return phrases.getOrDefault(word, List.of());
    }

    int longestPhrase() {
        return longestPhrase;
    }

    /** Published entries plus our cue lists. */
    static Lexicon withCues(Map<String, Integer> published) {
        Map<String, Integer> all = new TreeMap<>(published);
        for (Cues.CueList list : Cues.ALL) {
            for (String entry : list.entries()) {
                all.merge(normalise(entry), list.flag(), (a, b) -> a | b);
            }
        }
        return new Lexicon(all);
    }

    /** Lower case, with curly apostrophes made straight, as tokens are normalised. */
    static String normalise(String entry) {
        return entry.toLowerCase(Locale.ROOT).replace('’', '\'').replace("-", " - ").replaceAll("\\s+", " ")
                .replace(" - ", "-").strip();
    }

    /**
     * Reads the published lexicons from the shared data folder: MPQA's subjectivity clues (stemmed entries expanded
     * to their common inflections) and Hutto's value-laden, presupposition, doubt and figurative lists. Liu's and
     * BABE's lists are not used (no licence, and AGPL).
     */
    static Map<String, Integer> readPublished(Path lexicons) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        for (String line : Files.readAllLines(lexicons.resolve("mpqa/subjclueslen1-HLTEMNLP05.tff"),
                StandardCharsets.ISO_8859_1)) {
            Map<String, String> kv = new HashMap<>();
            for (String part : line.strip().split("\\s+")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    kv.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            String word = kv.get("word1");
            if (word == null) {
                continue;
            }
            int flags = "strongsubj".equals(kv.get("type")) ? STRONG_SUBJECTIVE : WEAK_SUBJECTIVE;
            String polarity = kv.getOrDefault("priorpolarity", "");
            if (polarity.equals("positive") || polarity.equals("both")) {
                flags |= POSITIVE;
            }
            if (polarity.equals("negative") || polarity.equals("both")) {
                flags |= NEGATIVE;
            }
            int f = flags;
            out.merge(normalise(word), f, (a, b) -> a | b);
            if ("y".equals(kv.get("stemmed1"))) {
                for (String form : inflections(word)) {
                    out.merge(form, f, (a, b) -> a | b);
                }
            }
        }
        readList(lexicons.resolve("hutto-bsd/value_laden.txt"), VALUE_LADEN, out);
        readList(lexicons.resolve("hutto-bsd/presupposition.txt"), PRESUPPOSITION, out);
        readList(lexicons.resolve("hutto-bsd/doubt_markers.txt"), DOUBT_MARKER, out);
        readList(lexicons.resolve("hutto-bsd/figurative.txt"), FIGURATIVE, out);
        return out;
    }

    private static void readList(Path file, int flag, Map<String, Integer> out) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String entry = normalise(line.replace("\r", ""));
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                out.merge(entry, flag, (a, b) -> a | b);
            }
        }
    }

    /** Common English inflections of a stem, for MPQA entries marked as stemmed. */
    static List<String> inflections(String stem) {
        // Verb and plural endings only: "long" (to long for) must not become "longer".
        List<String> forms = new ArrayList<>(List.of(stem + "s", stem + "es", stem + "ed", stem + "d", stem + "ing"));
        if (stem.endsWith("e")) {
            String base = stem.substring(0, stem.length() - 1);
            forms.add(base + "ing");
            forms.add(base + "ed");
        }
        if (stem.endsWith("y")) {
            String base = stem.substring(0, stem.length() - 1);
            forms.add(base + "ies");
            forms.add(base + "ied");
            forms.add(base + "ily");
        }
        return forms;
    }

    static void write(Map<String, Integer> published, DataOutputStream out) throws IOException {
        out.writeInt(published.size());
        for (Map.Entry<String, Integer> e : new TreeMap<>(published).entrySet()) {
            out.writeUTF(e.getKey());
            out.writeInt(e.getValue() & PUBLISHED);
        }
    }

    static Map<String, Integer> read(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            out.put(in.readUTF(), in.readInt());
        }
        return out;
    }
}
