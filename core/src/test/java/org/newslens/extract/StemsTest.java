package org.newslens.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each stem set must let through every token its pattern matches: it only saves time, never changes a verdict. */
class StemsTest {
    static final Map<Pattern, Stems> RULES = Map.of(
            Boilerplate.FURNITURE_NAMES, Boilerplate.FURNITURE_STEMS,
            Boilerplate.COMMENT_NAMES, Boilerplate.COMMENT_STEMS,
            Boilerplate.CAPTION_NAMES, Boilerplate.CAPTION_STEMS,
            Boilerplate.CONTENT_NAMES, Boilerplate.CONTENT_STEMS,
            Boilerplate.POSITIVE_HINTS, Boilerplate.POSITIVE_STEMS,
            Boilerplate.NEGATIVE_HINTS, Boilerplate.NEGATIVE_STEMS,
            Truncations.WALL_NAMES, Truncations.WALL_STEMS);

    @Test
    void everyTokenAPatternMatchesPassesItsStems() {
        List<String> words = new ArrayList<>();
        for (Pattern p : RULES.keySet()) {
            for (String w : p.pattern().split("[^a-z_-]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        String[] affixes = {"", "x", "js-", "has-", "-", "_", "top-", "__main", "-container", "s", "ed", "no-", "a1"};
        Random random = new Random(7);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder token = new StringBuilder(affixes[random.nextInt(affixes.length)]);
            for (int k = random.nextInt(3); k >= 0; k--) {
                token.append(words.get(random.nextInt(words.size()))).append(affixes[random.nextInt(affixes.length)]);
            }
            String t = token.toString();
            for (Map.Entry<Pattern, Stems> rule : RULES.entrySet()) {
                if (rule.getKey().matcher(t).find()) {
                    matched++;
                    assertTrue(rule.getValue().mayMatch(t), rule.getKey().pattern() + " matches '" + t + "' but its stems do not");
                }
            }
        }
        assertTrue(matched > 10_000, "the generator must exercise the patterns, matched " + matched);
    }

    @Test
    void segmentStartStemsIgnoreWordsInsideASegment() {
        Stems stems = Stems.atSegmentStart("ad");
        assertTrue(stems.mayMatch("top-ad"));
        assertTrue(stems.mayMatch("ad_slot"));
        assertFalse(stems.mayMatch("header"));
        assertFalse(Stems.anywhere("nav").mayMatch("main"));
    }
}
