package org.siproc.persistence.jpa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The blocking keys of a name, which {@link BlockingNameIndex} stores and looks up with ordinary B-tree indexes on
 * H2 and PostgreSQL alike.
 *
 * <p>Each word of the name key is first folded to how it sounds in Spanish ({@link #code}: {@code v}→{@code b},
 * {@code z} and soft {@code c}→{@code s}, hard {@code c}/{@code qu}→{@code k}, silent {@code h} dropped, {@code ll}→
 * {@code y}, soft {@code g}→{@code j}, doubled letters once), so the usual spelling confusions of a name heard at a
 * counter cost nothing. A person is then filed under every word code ({@code "lopes"}) and under every unordered
 * pair of word codes ({@code "jose lopes"}): a pair of words is rare enough in a million Hispanic names (tens to a
 * few hundred persons) to be a cheap look-up, and since pairs have no order, swapped surnames and a missing second
 * surname still share pairs with the full name. A typo the folding does not absorb is bridged by the vocabulary of
 * word codes ({@link #variants}: the code and, for codes of four letters or more, each form with one letter deleted),
 * which finds the stored words one edit away from a typed word.
 */
final class NameBlocking {

    /** Words shorter than this are matched exactly: one edit in three letters is another name. */
    static final int MIN_WORD_FOR_VARIANTS = 4;
    /** Words of a name that are paired; a longer name (rare) is filed under the pairs of its first words. */
    static final int MAX_WORDS = 8;

    private NameBlocking() {
    }

    /** The distinct word codes of a name key, in order. */
    static List<String> codes(String nameKey) {
        Set<String> codes = new LinkedHashSet<>();
        for (String word : nameKey.split(" ")) {
            if (!word.isEmpty() && codes.size() < MAX_WORDS) {
                String code = code(word);
                if (!code.isEmpty()) {
                    codes.add(code);
                }
            }
        }
        return new ArrayList<>(codes);
    }

    /** Every key a person with this name key is filed under: each word code, and each pair of word codes. */
    static Set<String> keys(String nameKey) {
        List<String> codes = codes(nameKey);
        Set<String> keys = new LinkedHashSet<>(codes);
        for (int i = 0; i < codes.size(); i++) {
            for (int j = i + 1; j < codes.size(); j++) {
                keys.add(pair(codes.get(i), codes.get(j)));
            }
        }
        return keys;
    }

    /** The key of two word codes, whatever their order. */
    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
    }

    /** A word code and, for codes of {@value #MIN_WORD_FOR_VARIANTS}+ letters, each form with one letter deleted. */
    static Set<String> variants(String code) {
        Set<String> variants = new LinkedHashSet<>();
        variants.add(code);
        if (code.length() >= MIN_WORD_FOR_VARIANTS) {
            for (int i = 0; i < code.length(); i++) {
                variants.add(code.substring(0, i) + code.substring(i + 1));
            }
        }
        return variants;
    }

    /** How a word of a name key (lower case, accent-free) sounds in Spanish, as letters. */
    static String code(String word) {
        StringBuilder out = new StringBuilder(word.length());
        int n = word.length();
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            char next = i + 1 < n ? word.charAt(i + 1) : 0;
            switch (c) {
                case 'v', 'w' -> append(out, 'b');
                case 'z' -> append(out, 's');
                case 'c' -> {
                    if (next == 'h') {
                        append(out, 'x'); // "ch": its own sound
                        i++;
                    } else {
                        append(out, next == 'e' || next == 'i' ? 's' : 'k');
                    }
                }
                case 'q' -> {
                    append(out, 'k');
                    if (next == 'u') {
                        i++;
                    }
                }
                case 'g' -> {
                    if (next == 'u' && i + 2 < n && (word.charAt(i + 2) == 'e' || word.charAt(i + 2) == 'i')) {
                        append(out, 'g'); // "gue", "gui": hard g, silent u
                        i++;
                    } else {
                        append(out, next == 'e' || next == 'i' ? 'j' : 'g');
                    }
                }
                case 'h' -> {
                    // silent in Spanish
                }
                case 'l' -> {
                    if (next == 'l') {
                        append(out, 'y');
                        i++;
                    } else {
                        append(out, 'l');
                    }
                }
                default -> append(out, c);
            }
        }
        return out.toString();
    }

    /** Appends a letter unless it doubles the last one ("rr", "nn", "ss" sound as one). */
    private static void append(StringBuilder out, char c) {
        if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
            out.append(c);
        }
    }
}
