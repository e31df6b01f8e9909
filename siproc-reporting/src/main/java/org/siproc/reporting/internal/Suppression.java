package org.siproc.reporting.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Disclosure control of linked tables: decides which cells a published report withholds.
 *
 * <ol>
 * <li>Primary suppression: every cell from 1 to {@code threshold - 1} (zeros stay).</li>
 * <li>Complementary suppression, line by line: a line ({@code total = sum of members}, totals included) must not
 * have exactly one withheld cell, or it could be recomputed by subtraction; and where the line's total is published,
 * the withheld members together must hide at least {@code threshold} units, or the difference between the total and
 * the published members would show that each of them is small. While a line breaks a rule, the smallest other
 * non-zero member is withheld too (then a zero member, then the total).</li>
 * <li>An audit by exact linear algebra ({@link LinearAudit}): if some withheld cell is still determined by the system
 * of all lines together (not only by one line), one more cell of its lines is withheld, and everything is checked
 * again.</li>
 * </ol>
 * Withholding only ever grows, so this ends; at worst every cell of the lines is withheld. The result is
 * deterministic for the same input.
 */
public final class Suppression {
    private final int threshold;

    public Suppression(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the threshold is at least 1");
        }
        this.threshold = threshold;
    }

    /**
     * The cells to withhold.
     *
     * @param values every cell's value (cells that appear in lines must all be here)
     * @param lines  the additive relations between cells
     * @return the keys of the cells to withhold; never null
     */
    public Set<CellKey> protect(Map<CellKey, Long> values, List<Line> lines) {
        List<CellKey> keys = new ArrayList<>(new TreeSet<>(values.keySet()));
        Map<CellKey, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
        long[] v = new long[keys.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = values.get(keys.get(i));
        }
        int[][] l = new int[lines.size()][];
        for (int i = 0; i < l.length; i++) {
            Line line = lines.get(i);
            int[] cells = new int[line.members().size() + 1];
            cells[0] = indexOf(index, line.total());
            for (int m = 0; m < line.members().size(); m++) {
                cells[m + 1] = indexOf(index, line.members().get(m));
            }
            l[i] = cells;
        }
        BitSet suppressed = protect(v, l);
        Set<CellKey> result = new TreeSet<>();
        suppressed.stream().forEach(i -> result.add(keys.get(i)));
        return result;
    }

    private static int indexOf(Map<CellKey, Integer> index, CellKey key) {
        Integer i = index.get(key);
        if (i == null) {
            throw new IllegalArgumentException("a line names a cell without a value: " + key);
        }
        return i;
    }

    /** The same on indexes: {@code lines[i][0]} is the total of line i, the rest its members. */
    BitSet protect(long[] values, int[][] lines) {
        List<List<int[]>> linesOf = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            linesOf.add(new ArrayList<>());
        }
        for (int[] line : lines) {
            for (int cell : line) {
                linesOf.get(cell).add(line);
            }
        }
        BitSet suppressed = new BitSet(values.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
            if (values[i] >= 1 && values[i] < threshold) {
                suppressed.set(i);
            }
        }
        while (true) {
            closeLines(values, lines, linesOf, suppressed);
            int determined = LinearAudit.firstDetermined(lines, suppressed, values.length);
            if (determined < 0) {
                return suppressed;
            }
            int extra = coverFor(determined, values, lines, linesOf, suppressed);
            if (extra < 0) {
                // Cannot happen while the audit is sound: a determined cell lies on a line with a published cell.
                throw new IllegalStateException("disclosure control could not protect cell " + determined);
            }
            suppressed.set(extra);
        }
    }

    private void closeLines(long[] values, int[][] lines, List<List<int[]>> linesOf, BitSet suppressed) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : lines) {
                while (unsafe(line, values, suppressed)) {
                    int pick = pick(line, values, linesOf, suppressed);
                    if (pick < 0) {
                        break;
                    }
                    suppressed.set(pick);
                    changed = true;
                }
            }
        }
    }

    /** Whether the line gives a withheld cell away: exactly one unknown, or a published total with a small gap. */
    boolean unsafe(int[] line, long[] values, BitSet suppressed) {
        int unknowns = 0;
        long hidden = 0;
        for (int i = 0; i < line.length; i++) {
            if (suppressed.get(line[i])) {
                unknowns++;
                if (i > 0) {
                    hidden += values[line[i]];
                }
            }
        }
        if (unknowns == 0) {
            return false;
        }
        if (unknowns == 1) {
            return true;
        }
        return !suppressed.get(line[0]) && hidden < threshold;
    }

    /** The cell to withhold next on a line: the smallest non-zero published member, then a zero, then the total. */
    private static int pick(int[] line, long[] values, List<List<int[]>> linesOf, BitSet suppressed) {
        int best = -1;
        long[] bestScore = null;
        for (int i = 1; i < line.length; i++) {
            int cell = line[i];
            if (suppressed.get(cell)) {
                continue;
            }
            long[] score = {values[cell] == 0 ? 1 : 0, values[cell], newlyExposed(cell, linesOf, suppressed), cell};
            if (bestScore == null || compare(score, bestScore) < 0) {
                best = cell;
                bestScore = score;
            }
        }
        if (best < 0 && !suppressed.get(line[0])) {
            best = line[0];
        }
        return best;
    }

    /** How many other lines of the cell would go from no unknown to one (and so need another suppression). */
    private static long newlyExposed(int cell, List<List<int[]>> linesOf, BitSet suppressed) {
        long count = 0;
        for (int[] line : linesOf.get(cell)) {
            boolean any = false;
            for (int c : line) {
                if (suppressed.get(c)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                count++;
            }
        }
        return count;
    }

    /** A published cell to withhold so that a cell the audit found determined no longer is. */
    private static int coverFor(int determined, long[] values, int[][] lines, List<List<int[]>> linesOf,
                                BitSet suppressed) {
        int best = -1;
        long[] bestScore = null;
        // First the cell's own lines; if they are all withheld, any line that shares a withheld cell.
        List<int[]> candidates = new ArrayList<>(linesOf.get(determined));
        if (candidates.stream().allMatch(line -> allSuppressed(line, suppressed))) {
            for (int[] line : lines) {
                for (int c : line) {
                    if (suppressed.get(c)) {
                        candidates.add(line);
                        break;
                    }
                }
            }
        }
        for (int[] line : candidates) {
            for (int i = 0; i < line.length; i++) {
                int cell = line[i];
                if (suppressed.get(cell)) {
                    continue;
                }
                long[] score = {i == 0 ? 1 : 0, values[cell] == 0 ? 1 : 0, values[cell], cell};
                if (bestScore == null || compare(score, bestScore) < 0) {
                    best = cell;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static boolean allSuppressed(int[] line, BitSet suppressed) {
        for (int c : line) {
            if (!suppressed.get(c)) {
                return false;
            }
        }
        return true;
    }

    private static int compare(long[] a, long[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Long.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
