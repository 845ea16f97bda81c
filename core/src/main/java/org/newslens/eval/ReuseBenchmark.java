package org.newslens.eval;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.model.Span;

/**
 * A text-reuse benchmark generated from real article texts: every copy is made from an original by dropping and
 * reordering paragraphs, rewording a share of its words and wrapping it in the boilerplate of the site that
 * republishes it; everything generated from one seed, so the same seed gives the same benchmark. Gold pairs are the
 * members of one family (an original and its copies); every other pair is unrelated, including articles whose sites
 * share a footer (one publisher's network) and articles on the copying sites that are their own. Pages of the set
 * that already share text verbatim (one page saved twice, one agency story on two sites; see {@link SharedText})
 * form one family, since finding them is right.
 */
public final class ReuseBenchmark {
    /** How many words in a hundred a copy rewords: 0 to 20 carry the recall target, 30 to 50 show the fall. */
    public static final double[] REWORDING_BANDS = {0.0, 0.1, 0.2, 0.3, 0.4, 0.5};
    /** Originals shorter than this are left out: a copied paragraph of a few lines is a quote, not an article. */
    static final int MIN_WORDS = 100;
    /** Sites that republish; each has its own header and footer, and pairs of them share a network footer. */
    static final int COPY_SITES = 12;
    /** One original in this many gets a second copy, so that copies of one original must be found to match too. */
    static final int SECOND_COPY_EVERY = 3;
    /** One original in this many has no copy: a pure distractor. */
    static final int UNCOPIED_EVERY = 5;
    /** One original in this many is moved to a copying site and wrapped in its boilerplate: unrelated text there. */
    static final int REHOMED_EVERY = 10;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final LocalDate EPOCH = LocalDate.of(2024, 1, 1);

    private ReuseBenchmark() {
    }

    /** An extracted page: its id, its site (host), and its text with paragraph spans. */
    public record Original(String id, String site, String text, List<Span> paragraphs) {
    }

    /**
     * A document of the benchmark.
     *
     * @param family the original it comes from (for originals that share text, the smallest of their ids)
     * @param rewording the share of words reworded, 0 for originals
     * @param copied for a copy, where its copied paragraphs lie in its text (boilerplate excluded)
     */
    public record Doc(String id, String family, String site, LocalDate published, String text, boolean original,
            double rewording, List<Span> copied) {
        public Doc {
            copied = List.copyOf(copied);
        }
    }

    /** Whether {@code original} is long enough to take part. */
    static boolean eligible(Original original) {
        return words(original.text()) >= MIN_WORDS;
    }

    /** The benchmark built from {@code originals} (in a fixed order) with {@code seed}. */
    public static List<Doc> generate(List<Original> originals, long seed) {
        Random random = new Random(seed);
        List<Original> pool = new ArrayList<>(originals.stream().filter(ReuseBenchmark::eligible).toList());
        Map<String, String> families = SharedText.families(pool);
        Collections.shuffle(pool, random);
        // The boilerplate of the copying sites is cut from originals that are then left out of the benchmark (at
        // most a quarter of them, so that a small set still has articles to copy).
        List<Original> donors = new ArrayList<>(pool.subList(0, Math.min(pool.size() / 4, COPY_SITES * 2)));
        if (donors.isEmpty()) {
            return List.of();
        }
        List<Original> used = pool.subList(donors.size(), pool.size());
        List<String> vocabulary = vocabulary(used);
        String[] headers = new String[COPY_SITES];
        String[] footers = new String[COPY_SITES];
        for (int s = 0; s < COPY_SITES; s++) {
            headers[s] = excerpt(donors.get(s % donors.size()).text(), 12, random);
            // Sites 2k and 2k+1 belong to one network and share a footer.
            footers[s] = excerpt(donors.get((COPY_SITES + s / 2) % donors.size()).text(), 40, random)
                    + "\n\n" + excerpt(donors.get((s + 5) % donors.size()).text(), 15, random);
        }
        List<Doc> docs = new ArrayList<>();
        int copyIndex = 0;
        for (int i = 0; i < used.size(); i++) {
            Original o = used.get(i);
            LocalDate day = EPOCH.plusDays(random.nextInt(365));
            if (i % REHOMED_EVERY == REHOMED_EVERY - 1) {
                int s = random.nextInt(COPY_SITES);
                String text = headers[s] + "\n\n" + o.text() + "\n\n" + footers[s];
                docs.add(new Doc(o.id(), families.get(o.id()), copySite(s), day, text, true, 0, List.of()));
                continue;
            }
            docs.add(new Doc(o.id(), families.get(o.id()), o.site(), day, o.text(), true, 0, List.of()));
            if (i % UNCOPIED_EVERY == UNCOPIED_EVERY - 1) {
                continue;
            }
            int copies = i % SECOND_COPY_EVERY == 0 ? 2 : 1;
            int firstSite = random.nextInt(COPY_SITES);
            for (int c = 0; c < copies; c++) {
                double rewording = REWORDING_BANDS[copyIndex++ % REWORDING_BANDS.length];
                int s = (firstSite + c * (COPY_SITES / 2 + 1)) % COPY_SITES;
                docs.add(copy(o, families.get(o.id()), o.id() + "~" + (c + 1), s, headers[s], footers[s], day.plusDays(1 + random.nextInt(10)),
                        rewording, vocabulary, random));
            }
        }
        return docs;
    }

    static String copySite(int s) {
        return String.format(Locale.ROOT, "republisher-%02d.example", s);
    }

    private static Doc copy(Original o, String family, String id, int site, String header, String footer, LocalDate day,
            double rewording, List<String> vocabulary, Random random) {
        List<Span> kept = new ArrayList<>(o.paragraphs());
        int total = 0;
        for (Span p : kept) {
            total += words(p.textOf(o.text()));
        }
        // Drop paragraphs at one of three rates, keeping at least 60% of the words.
        double dropRate = new double[] {0, 0.15, 0.3}[random.nextInt(3)];
        int keptWords = total;
        for (int k = kept.size() - 1; k >= 0 && kept.size() > 1; k--) {
            int w = words(kept.get(k).textOf(o.text()));
            if (random.nextDouble() < dropRate && keptWords - w >= 0.6 * total) {
                kept.remove(k);
                keptWords -= w;
            }
        }
        // Half of the copies move one or two paragraphs elsewhere.
        if (kept.size() > 2 && random.nextBoolean()) {
            int moves = 1 + random.nextInt(2);
            for (int m = 0; m < moves; m++) {
                Span p = kept.remove(random.nextInt(kept.size()));
                kept.add(random.nextInt(kept.size() + 1), p);
            }
        }
        StringBuilder text = new StringBuilder(header).append("\n\n");
        List<Span> copied = new ArrayList<>();
        for (Span p : kept) {
            int start = text.length();
            text.append(reword(p.textOf(o.text()), rewording, vocabulary, random));
            copied.add(new Span(start, text.length()));
            text.append("\n\n");
        }
        text.append(footer);
        return new Doc(id, family, copySite(site), day, text.toString(), false, rewording, copied);
    }

    /** Replaces each word with a random word of the vocabulary with probability {@code rate}. */
    static String reword(String text, double rate, List<String> vocabulary, Random random) {
        if (rate <= 0) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            out.append(random.nextDouble() < rate ? vocabulary.get(random.nextInt(vocabulary.size())) : m.group());
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /** Distinct words of the originals, in first-seen order: the replacements rewording draws from. */
    private static List<String> vocabulary(List<Original> originals) {
        Set<String> seen = new HashSet<>();
        List<String> words = new ArrayList<>();
        for (Original o : originals) {
            Matcher m = WORD.matcher(o.text());
            while (m.find()) {
                if (seen.add(m.group())) {
                    words.add(m.group());
                }
            }
        }
        return words.isEmpty() ? List.of("word") : words;
    }

    /** About {@code n} consecutive words of {@code text} from a random place. */
    private static String excerpt(String text, int n, Random random) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        if (spans.size() <= n) {
            return text.strip();
        }
        int from = random.nextInt(spans.size() - n);
        return text.substring(spans.get(from)[0], spans.get(from + n - 1)[1]);
    }

    static int words(String text) {
        Matcher m = WORD.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** The host of a page address without {@code www.}, or the address itself when it has none. */
    static String host(String url) {
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (h != null) {
                h = h.toLowerCase(Locale.ROOT);
                return h.startsWith("www.") ? h.substring(4) : h;
            }
        } catch (IllegalArgumentException e) {
            // Fall through: an address URI cannot parse still names a site of its own.
        }
        return url;
    }
}
