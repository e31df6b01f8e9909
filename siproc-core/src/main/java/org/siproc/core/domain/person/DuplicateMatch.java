package org.siproc.core.domain.person;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How likely two person records are the same person, and why. The rule of SPEC §3 "Possible duplicates": the same
 * document number settles it; otherwise similar names (without accents, tolerant of typos, surnames swapped or the
 * second one missing) count with a compatible birth date.
 *
 * @param score   0 (nothing in common) to 1 (same document)
 * @param reasons {@code SAME_DOCUMENT}, {@code SAME_NAME}, {@code SIMILAR_NAME}, {@code SURNAMES_SWAPPED},
 *                {@code SAME_BIRTH_DATE}, {@code COMPATIBLE_BIRTH_YEAR}, {@code DIFFERENT_BIRTH_DATE}
 */
public record DuplicateMatch(double score, List<String> reasons) {

    /** Candidates scoring at least this are shown to the officer. */
    public static final double THRESHOLD = 0.6;

    public DuplicateMatch {
        reasons = List.copyOf(reasons);
    }

    public boolean likely() {
        return score >= THRESHOLD;
    }

    /** Scores {@code candidate} against {@code probe}. Symmetric enough for ranking; pure. */
    public static DuplicateMatch between(Person probe, Person candidate) {
        List<String> reasons = new ArrayList<>();
        for (IdentityDocument a : probe.documents()) {
            for (IdentityDocument b : candidate.documents()) {
                if (a.type().equals(b.type()) && a.matchKey().equals(b.matchKey())
                        && a.issuingCountry().equals(b.issuingCountry())) {
                    return new DuplicateMatch(1.0, List.of("SAME_DOCUMENT"));
                }
            }
        }
        double nameScore = nameSimilarity(probe.name(), candidate.name(), reasons);
        double score = nameScore * 0.7;
        BirthDate da = probe.birthDate();
        BirthDate db = candidate.birthDate();
        if (da != null && db != null) {
            if (da.exact() && db.exact()) {
                if (da.approximateDate().equals(db.approximateDate())) {
                    score += 0.3;
                    reasons.add("SAME_BIRTH_DATE");
                } else if (swappedDayMonth(da, db)) {
                    score += 0.2;
                    reasons.add("SIMILAR_BIRTH_DATE");
                } else {
                    score -= 0.3;
                    reasons.add("DIFFERENT_BIRTH_DATE");
                }
            } else if (Math.abs(da.approximateDate().getYear() - db.approximateDate().getYear()) <= 2) {
                score += 0.15;
                reasons.add("COMPATIBLE_BIRTH_YEAR");
            } else {
                score -= 0.2;
                reasons.add("DIFFERENT_BIRTH_DATE");
            }
        } else {
            score += 0.1; // nothing contradicts the name
        }
        return new DuplicateMatch(Math.max(0, Math.min(0.99, score)), reasons);
    }

    private static boolean swappedDayMonth(BirthDate a, BirthDate b) {
        var x = a.approximateDate();
        var y = b.approximateDate();
        return x.getYear() == y.getYear() && x.getDayOfMonth() == y.getMonthValue() && x.getMonthValue() == y.getDayOfMonth();
    }

    private static double nameSimilarity(PersonName a, PersonName b, List<String> reasons) {
        String givenA = NameKey.of(a.givenNames());
        String givenB = NameKey.of(b.givenNames());
        double given = Math.max(similarity(givenA, givenB), firstTokenSimilarity(givenA, givenB));
        String s1a = NameKey.of(a.firstSurname());
        String s1b = NameKey.of(b.firstSurname());
        String s2a = a.secondSurname() == null ? null : NameKey.of(a.secondSurname());
        String s2b = b.secondSurname() == null ? null : NameKey.of(b.secondSurname());
        double inOrder = surnames(s1a, s2a, s1b, s2b);
        double swapped = s2a != null && s2b != null ? (similarity(s1a, s2b) + similarity(s2a, s1b)) / 2 : 0;
        // One record may have only one surname, which can be either of the other's.
        if (s2a == null && s2b != null) {
            swapped = similarity(s1a, s2b);
        } else if (s2b == null && s2a != null) {
            swapped = similarity(s1b, s2a);
        }
        double surname = Math.max(inOrder, swapped);
        double total = 0.45 * given + 0.55 * surname;
        if (total >= 0.75 && swapped > inOrder) {
            reasons.add("SURNAMES_SWAPPED");
        } else if (total >= 0.999) {
            reasons.add("SAME_NAME");
        } else if (total >= 0.75) {
            reasons.add("SIMILAR_NAME");
        }
        return total;
    }

    private static double surnames(String s1a, String s2a, String s1b, String s2b) {
        double first = similarity(s1a, s1b);
        if (s2a == null || s2b == null) {
            return first; // a missing second surname neither helps nor hurts
        }
        return (first + similarity(s2a, s2b)) / 2;
    }

    private static double firstTokenSimilarity(String a, String b) {
        Set<String> ta = new HashSet<>(Arrays.asList(a.split(" ")));
        Set<String> tb = new HashSet<>(Arrays.asList(b.split(" ")));
        // "Maria Jose" vs "Maria": a shared given name counts, a little less than the full one.
        ta.retainAll(tb);
        return ta.isEmpty() ? 0 : 0.85;
    }

    private static double similarity(String a, String b) {
        return NameKey.similarity(a, b);
    }
}
