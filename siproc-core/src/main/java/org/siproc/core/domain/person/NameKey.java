package org.siproc.core.domain.person;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.siproc.core.domain.shared.EditDistance;

/**
 * The search form of a name: lower case, without accents or punctuation, single spaces
 * ("José  Ñúñez-López" becomes "jose nunez lopez"). Used for duplicate detection and search in every adapter.
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    public static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return NON_LETTERS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** 1 minus the normalised Levenshtein distance of two keys: 1 for equal, 0 for nothing in common. */
    public static double similarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1 : 1 - (double) EditDistance.between(a, b) / max;
    }

    /**
     * How well a search text (already a key) matches a person's name, 0 to 1: each word searched is matched with
     * the most similar word of the name, in any order (so swapped surnames and a missing second surname still
     * match, and a typo costs little); words of the name that nobody searched for cost a little.
     */
    public static double similarity(String searchKey, PersonName name) {
        String[] searched = searchKey.split(" ");
        String[] words = name.searchKey().split(" ");
        if (searchKey.isEmpty()) {
            return 0;
        }
        boolean[] used = new boolean[words.length];
        double total = 0;
        for (String s : searched) {
            double best = 0;
            int bestIndex = -1;
            for (int i = 0; i < words.length; i++) {
                double sim = similarity(s, words[i]);
                if (sim > best || (sim == best && bestIndex >= 0 && used[bestIndex] && !used[i])) {
                    best = sim;
                    bestIndex = i;
                }
            }
            if (bestIndex >= 0) {
                used[bestIndex] = true;
            }
            total += best;
        }
        long unmatched = 0;
        for (boolean u : used) {
            if (!u) {
                unmatched++;
            }
        }
        return Math.max(0, total / searched.length - 0.05 * unmatched);
    }
}
