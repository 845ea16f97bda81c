package org.newslens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the ClaimBuster check-worthiness sets (Arslan, Hassan, Li and Tremayne, "A Benchmark Dataset of
 * Check-worthy Factual Claims", ICWSM 2020; CC BY 4.0): sentences from US presidential debates labelled 1 for a
 * check-worthy factual sentence (CFS), 0 otherwise. The folder holds {@code 2xNCS.json}, {@code 2.5xNCS.json},
 * {@code 3xNCS.json} (JSON arrays of {sentence_id, label, text}) and {@code 2020_debate.tsv}.
 *
 * <p>The split is fixed by sentence id alone: a sentence whose id is divisible by {@value #HELD_OUT_MODULUS} is held
 * out, in whichever file it appears. Ids run in transcript order, so the held-out fifth is spread evenly over all
 * 33 debates, and no sentence is ever on both sides.
 */
public final class ClaimBuster {
    /** One in this many sentence ids is held out for evaluation. */
    public static final int HELD_OUT_MODULUS = 5;

    /** The id remainder of the validation fold used to tune training settings, inside the training part. */
    public static final int VALIDATION_REMAINDER = 1;

    /** The sets named in the README, in order of growing share of negatives. */
    public static final List<String> NCS_FILES = List.of("2xNCS.json", "2.5xNCS.json", "3xNCS.json");

    /** The 2019-2020 debate sentences, a small test of transfer to newer speech. */
    public static final String DEBATE_2020 = "2020_debate.tsv";

    private ClaimBuster() {
    }

    /** One labelled sentence. */
    public record Item(long id, boolean checkWorthy, String text) {
    }

    /** Whether a sentence belongs to the held-out part. */
    public static boolean heldOut(long id) {
        return id % HELD_OUT_MODULUS == 0;
    }

    /** Whether a training sentence belongs to the validation fold used to choose settings. */
    public static boolean validation(long id) {
        return id % HELD_OUT_MODULUS == VALIDATION_REMAINDER;
    }

    /**
     * Reads a JSON set.
     *
     * @throws IOException when the file is missing or not a ClaimBuster JSON array
     */
    public static List<Item> readJson(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + " is not a JSON array of sentences");
        }
        List<Item> items = new ArrayList<>(root.size());
        for (JsonNode n : root) {
            if (!n.has("sentence_id") || !n.has("label") || !n.has("text")) {
                throw new IOException(file + ": an entry lacks sentence_id, label or text: " + n);
            }
            items.add(new Item(n.get("sentence_id").asLong(), n.get("label").asInt() == 1, n.get("text").asText()));
        }
        return items;
    }

    /**
     * Reads {@code 2020_debate.tsv}: a header row, then id, label and text separated by tabs.
     *
     * @throws IOException when the file is missing or a row is malformed
     */
    public static List<Item> readTsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Item> items = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", 3);
            try {
                items.add(new Item(Long.parseLong(f[0].strip()), Integer.parseInt(f[1].strip()) == 1, f[2]));
            } catch (RuntimeException e) {
                throw new IOException(file + " line " + (i + 1) + " is not 'id TAB label TAB text'", e);
            }
        }
        return items;
    }

    /**
     * The training sentences: every sentence of 2xNCS that is not held out. (Adding the other negatives of 2.5xNCS
     * and 3xNCS did not help on the validation fold: the model only grew more cautious.)
     *
     * @param withValidation whether to keep the validation fold in (true for the final model)
     */
    public static List<Item> training(Path dir, boolean withValidation) throws IOException {
        List<Item> items = new ArrayList<>();
        for (Item item : readJson(dir.resolve("2xNCS.json"))) {
            if (!heldOut(item.id()) && (withValidation || !validation(item.id()))) {
                items.add(item);
            }
        }
        return items;
    }

    /** The held-out part of one NCS file. */
    public static List<Item> heldOutPart(Path file) throws IOException {
        return readJson(file).stream().filter(i -> heldOut(i.id())).toList();
    }

    /** The validation fold of one NCS file. */
    public static List<Item> validationPart(Path file) throws IOException {
        return readJson(file).stream().filter(i -> validation(i.id())).toList();
    }

    /** A digest of every file the claims eval reads, in a fixed order. */
    public static String digest(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String name : List.of("2xNCS.json", "2.5xNCS.json", "3xNCS.json", DEBATE_2020)) {
            all.append(name).append(' ').append(Digests.sha256(Files.readAllBytes(dir.resolve(name)))).append('\n');
        }
        return Digests.sha256(all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
