package org.siproc.reporting.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Audit of a suppression pattern by exact linear algebra: which withheld cells the published cells and the lines
 * still determine, when an attacker combines all lines at once (Gauss–Jordan elimination), not only one line at a
 * time.
 *
 * <p>Each line gives an equation over the withheld cells ({@code total - sum of members = the published part}). A
 * withheld cell is determined exactly when, in the reduced row echelon form of that system, its pivot row has no
 * other non-zero entry. Arithmetic is exact: integers, with {@code long} and a {@link BigInteger} fallback should a
 * coefficient ever overflow. Bounds (counts are never negative) are not used here; the line rule on small gaps in
 * {@link Suppression} covers the simplest bound attack.
 */
final class LinearAudit {
    private LinearAudit() {
    }

    /** The index of the first withheld cell that is still determined, or -1 when none is. */
    static int firstDetermined(int[][] lines, BitSet suppressed, int cells) {
        int[] column = new int[cells];
        List<Integer> unknowns = new ArrayList<>();
        for (int i = suppressed.nextSetBit(0); i >= 0; i = suppressed.nextSetBit(i + 1)) {
            column[i] = unknowns.size();
            unknowns.add(i);
        }
        if (unknowns.isEmpty()) {
            return -1;
        }
        List<long[]> rows = new ArrayList<>();
        for (int[] line : lines) {
            long[] row = new long[unknowns.size()];
            boolean any = false;
            for (int i = 0; i < line.length; i++) {
                if (suppressed.get(line[i])) {
                    row[column[line[i]]] += i == 0 ? 1 : -1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        int determined;
        try {
            determined = determinedColumn(rows, unknowns.size());
        } catch (ArithmeticException overflow) {
            determined = determinedColumnExact(rows, unknowns.size());
        }
        return determined < 0 ? -1 : unknowns.get(determined);
    }

    private static int determinedColumn(List<long[]> input, int columns) {
        long[][] a = new long[input.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = input.get(i).clone();
        }
        int[] pivotOfRow = new int[a.length];
        int rank = 0;
        for (int col = 0; col < columns && rank < a.length; col++) {
            int p = -1;
            for (int r = rank; r < a.length; r++) {
                if (a[r][col] != 0) {
                    p = r;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            long[] tmp = a[p];
            a[p] = a[rank];
            a[rank] = tmp;
            long[] pivot = a[rank];
            for (int r = 0; r < a.length; r++) {
                if (r != rank && a[r][col] != 0) {
                    long f = a[r][col];
                    long g = pivot[col];
                    long[] row = a[r];
                    for (int c = 0; c < columns; c++) {
                        row[c] = Math.subtractExact(Math.multiplyExact(row[c], g), Math.multiplyExact(pivot[c], f));
                    }
                    normalise(row);
                }
            }
            pivotOfRow[rank] = col;
            rank++;
        }
        for (int r = 0; r < rank; r++) {
            if (nonZeros(a[r]) == 1) {
                return pivotOfRow[r];
            }
        }
        return -1;
    }

    private static int determinedColumnExact(List<long[]> input, int columns) {
        BigInteger[][] a = new BigInteger[input.size()][columns];
        for (int i = 0; i < a.length; i++) {
            for (int c = 0; c < columns; c++) {
                a[i][c] = BigInteger.valueOf(input.get(i)[c]);
            }
        }
        int[] pivotOfRow = new int[a.length];
        int rank = 0;
        for (int col = 0; col < columns && rank < a.length; col++) {
            int p = -1;
            for (int r = rank; r < a.length; r++) {
                if (a[r][col].signum() != 0) {
                    p = r;
                    break;
                }
            }
            if (p < 0) {
                continue;
            }
            BigInteger[] tmp = a[p];
            a[p] = a[rank];
            a[rank] = tmp;
            BigInteger[] pivot = a[rank];
            for (int r = 0; r < a.length; r++) {
                if (r != rank && a[r][col].signum() != 0) {
                    BigInteger f = a[r][col];
                    BigInteger g = pivot[col];
                    BigInteger gcd = BigInteger.ZERO;
                    for (int c = 0; c < columns; c++) {
                        a[r][c] = a[r][c].multiply(g).subtract(pivot[c].multiply(f));
                        gcd = gcd.gcd(a[r][c]);
                    }
                    if (gcd.compareTo(BigInteger.ONE) > 0) {
                        for (int c = 0; c < columns; c++) {
                            a[r][c] = a[r][c].divide(gcd);
                        }
                    }
                }
            }
            pivotOfRow[rank] = col;
            rank++;
        }
        for (int r = 0; r < rank; r++) {
            int count = 0;
            for (BigInteger x : a[r]) {
                if (x.signum() != 0) {
                    count++;
                }
            }
            if (count == 1) {
                return pivotOfRow[r];
            }
        }
        return -1;
    }

    private static void normalise(long[] row) {
        long g = 0;
        for (long x : row) {
            g = gcd(g, Math.abs(x));
        }
        if (g > 1) {
            for (int c = 0; c < row.length; c++) {
                row[c] /= g;
            }
        }
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static int nonZeros(long[] row) {
        int n = 0;
        for (long x : row) {
            if (x != 0) {
                n++;
            }
        }
        return n;
    }
}
