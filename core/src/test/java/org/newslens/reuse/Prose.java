package org.newslens.reuse;

import java.util.Random;

/** Invented prose for reuse tests: sentences of words drawn from a fixed list, reproducible from a seed. */
final class Prose {
    private static final String[] WORDS = ("harbour council tram orchard ferry bridge market winter budget museum"
            + " river school mayor storm village road festival library railway clinic farmers bakery station tower"
            + " valley island garden factory theatre parade canal lantern quarry meadow beacon harvest workshop"
            + " reopened announced delayed approved rejected expanded repaired visited closed promised measured"
            + " counted painted opened planned crossed built moved sold bought raised lowered warned praised"
            + " quickly slowly early late again nearly twice already often rarely northern southern eastern"
            + " western old new small large busy quiet wet dry bright narrow wide the a of in on at with for by"
            + " from after before during under over near against").split(" ");

    private Prose() {
    }

    /** {@code sentences} sentences of 8 to 16 words each. */
    static String sentences(long seed, int sentences) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            int n = 8 + r.nextInt(9);
            for (int w = 0; w < n; w++) {
                String word = WORDS[r.nextInt(WORDS.length)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                sb.append(w == n - 1 ? ". " : " ");
            }
        }
        return sb.toString().strip();
    }
}
