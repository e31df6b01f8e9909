package org.siproc.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.siproc.reporting.RecomputationAttack;

/**
 * The disclosure-control method on tables built by hand: primary suppression, complementary suppression of the
 * smallest other cell, totals and grand totals as unknowns too, and an attacker (written separately, in
 * {@link RecomputationAttack}) who tries to recompute every suppressed cell.
 */
class SuppressionTest {
    private static final int THRESHOLD = 5;

    // ---- one dimension ------------------------------------------------------------------------------------------

    @Test
    void aSingleSmallCellIsHiddenWithTheSmallestOtherNonZeroCell() {
        Grid g = Grid.oneDimension(3, 10, 12, 0);
        Set<CellKey> s = g.protect(THRESHOLD);
        assertThat(s).containsExactlyInAnyOrder(g.cell(0, 0), g.cell(0, 1));
        g.assertSafe(s, THRESHOLD);
    }

    @Test
    void zerosStayAndBigCellsStay() {
        Grid g = Grid.oneDimension(0, 7, 0, 12);
        assertThat(g.protect(THRESHOLD)).isEmpty();
    }

    @Test
    void aSmallTotalIsSuppressedWithItsCellsButZerosStay() {
        Grid g = Grid.oneDimension(1, 2, 0);
        Set<CellKey> s = g.protect(THRESHOLD);
        assertThat(s).contains(g.cell(0, 0), g.cell(0, 1), g.grandTotal()).doesNotContain(g.cell(0, 2));
        g.assertSafe(s, THRESHOLD);
    }

    @Test
    void twoSmallCellsThatStillAddUpToASmallNumberGetAThird() {
        // 1 and 2 hidden together would show that they add up to 3: each would be known to be small.
        Grid g = Grid.oneDimension(1, 2, 20, 30);
        Set<CellKey> s = g.protect(THRESHOLD);
        assertThat(s).containsExactlyInAnyOrder(g.cell(0, 0), g.cell(0, 1), g.cell(0, 2));
        g.assertSafe(s, THRESHOLD);
    }

    @Test
    void aSmallCellBesideOnlyZerosTakesTheTotalWithIt() {
        Grid g = Grid.oneDimension(0, 3, 0, 0);
        Set<CellKey> s = g.protect(THRESHOLD);
        assertThat(s).contains(g.cell(0, 1), g.grandTotal());
        g.assertSafe(s, THRESHOLD);
    }

    @Test
    void thresholdOneSuppressesNothing() {
        Grid g = Grid.oneDimension(1, 2, 3);
        assertThat(g.protect(1)).isEmpty();
    }

    @Test
    void theAttackRecomputesACellHiddenWithoutComplement() {
        // Proves the attacker is not toothless: primary suppression alone gives the small cell away.
        Grid g = Grid.oneDimension(3, 10, 12, 0);
        RecomputationAttack attack = Grid.attack(g.values, g.lines, Set.of(g.cell(0, 0)));
        assertThat(attack.recomputeBySubtraction()).containsValue(3L);
        assertThat(attack.recomputeByElimination()).hasSize(1);
    }

    // ---- two dimensions -----------------------------------------------------------------------------------------

    @Test
    void aSingleSmallCellInATwoWayTableNeedsARectangle() {
        Grid g = Grid.of(new long[][]{
                {3, 20, 30},
                {25, 40, 50},
                {35, 45, 60}});
        Set<CellKey> s = g.protect(THRESHOLD);
        assertThat(s).contains(g.cell(0, 0)).hasSize(4);
        assertThat(s).contains(g.cell(0, 1), g.cell(1, 0), g.cell(1, 1));
        g.assertSafe(s, THRESHOLD);
    }

    @Test
    void aSingleSmallCellAloneInItsRowHidesTheRowTotalAndMore() {
        Grid g = Grid.of(new long[][]{
                {0, 4, 0},
                {12, 30, 7},
                {9, 15, 22}});
        Set<CellKey> s = g.protect(THRESHOLD);
        assertThat(s).contains(g.cell(0, 1), g.rowTotal(0)).doesNotContain(g.cell(0, 0), g.cell(0, 2));
        g.assertSafe(s, THRESHOLD);
    }

    @Test
    void aSmallColumnTotalAndSmallCellsAcrossRows() {
        Grid g = Grid.of(new long[][]{
                {1, 14, 9},
                {2, 11, 30},
                {0, 25, 6}});
        Set<CellKey> s = g.protect(THRESHOLD);
        assertThat(s).contains(g.cell(0, 0), g.cell(1, 0), g.columnTotal(0));
        g.assertSafe(s, THRESHOLD);
    }

    @Test
    void aSmallGrandTotalHidesEverythingThatIsNotZero() {
        Grid g = Grid.of(new long[][]{
                {1, 0},
                {0, 2}});
        Set<CellKey> s = g.protect(THRESHOLD);
        assertThat(s).contains(g.cell(0, 0), g.cell(1, 1), g.rowTotal(0), g.rowTotal(1), g.columnTotal(0),
                g.columnTotal(1), g.grandTotal());
        g.assertSafe(s, THRESHOLD);
    }

    @Test
    void manySmallCellsInAWideTable() {
        Grid g = Grid.of(new long[][]{
                {1, 2, 3, 4, 50, 60},
                {7, 1, 80, 2, 9, 10},
                {30, 40, 1, 60, 2, 3},
                {0, 0, 0, 0, 0, 6}});
        g.assertSafe(g.protect(THRESHOLD), THRESHOLD);
    }

    @Test
    void aCellOnlyTheWholeSystemDeterminesIsFoundByTheLinearAudit() {
        // x = a + b, y = a + c, z = b + c: each line has two unknowns, yet a = (x + y - z) / 2.
        CellKey a = CellKey.of("c", "a");
        CellKey b = CellKey.of("c", "b");
        CellKey c = CellKey.of("c", "c");
        CellKey x = CellKey.of("t", "x");
        CellKey y = CellKey.of("t", "y");
        CellKey z = CellKey.of("t", "z");
        List<CellKey> keys = List.of(a, b, c, x, y, z);
        int[][] lines = {{3, 0, 1}, {4, 0, 2}, {5, 1, 2}};
        BitSet hidden = new BitSet();
        hidden.set(0, 3);
        assertThat(LinearAudit.firstDetermined(lines, hidden, keys.size())).isNotNegative();

        Map<CellKey, Long> values = new LinkedHashMap<>();
        values.put(a, 1L);
        values.put(b, 2L);
        values.put(c, 10L);
        values.put(x, 3L);
        values.put(y, 11L);
        values.put(z, 12L);
        List<Line> relations = List.of(new Line(x, List.of(a, b)), new Line(y, List.of(a, c)), new Line(z, List.of(b, c)));
        Set<CellKey> s = new Suppression(3).protect(values, relations);
        assertThat(s).contains(a, b, c).hasSizeGreaterThan(3);
        RecomputationAttack attack = Grid.attack(values, relations, s);
        assertThat(attack.recomputeBySubtraction()).isEmpty();
        assertThat(attack.recomputeByElimination()).isEmpty();
    }

    @Test
    void linkedTablesShareTheirMargins() {
        // A 1-D table by sex and a 2-D table by sex and age whose row totals are the 1-D cells: one system.
        Grid twoWay = Grid.of(new long[][]{
                {2, 30, 12},
                {25, 20, 40}});
        Map<CellKey, Long> values = new LinkedHashMap<>(twoWay.values);
        List<Line> lines = new ArrayList<>(twoWay.lines);
        // The 1-D table repeats the row totals and the grand total, with its own line.
        lines.add(new Line(twoWay.grandTotal(), List.of(twoWay.rowTotal(0), twoWay.rowTotal(1))));
        Set<CellKey> s = new Suppression(THRESHOLD).protect(values, lines);
        RecomputationAttack attack = Grid.attack(values, lines, s);
        assertThat(attack.recomputeBySubtraction()).isEmpty();
        assertThat(attack.recomputeByElimination()).isEmpty();
    }

    @Test
    void randomTablesNeverGiveASuppressedCellAway() {
        Random random = new Random(20261123);
        for (int round = 0; round < 400; round++) {
            int rows = 1 + random.nextInt(5);
            int columns = 1 + random.nextInt(6);
            long[][] v = new long[rows][columns];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    int kind = random.nextInt(10);
                    v[r][c] = kind < 3 ? 0 : kind < 6 ? 1 + random.nextInt(4) : 5 + random.nextInt(60);
                }
            }
            int threshold = round % 3 == 0 ? 3 : THRESHOLD;
            Grid g = rows == 1 && round % 2 == 0 ? Grid.oneDimension(v[0]) : Grid.of(v);
            g.assertSafe(g.protect(threshold), threshold);
        }
    }

    /** A table with its margins, as cells and lines. */
    private static final class Grid {
        final Map<CellKey, Long> values = new LinkedHashMap<>();
        final List<Line> lines = new ArrayList<>();
        private final boolean twoWay;

        private Grid(boolean twoWay) {
            this.twoWay = twoWay;
        }

        /** One row of cells and their total: a 1-D table. */
        static Grid oneDimension(long... cells) {
            Grid g = new Grid(false);
            List<CellKey> members = new ArrayList<>();
            long total = 0;
            for (int c = 0; c < cells.length; c++) {
                g.values.put(g.cell(0, c), cells[c]);
                members.add(g.cell(0, c));
                total += cells[c];
            }
            g.values.put(g.grandTotal(), total);
            g.lines.add(new Line(g.grandTotal(), members));
            return g;
        }

        /** A two-way table with row totals, column totals and the grand total. */
        static Grid of(long[][] v) {
            Grid g = new Grid(true);
            long grand = 0;
            long[] columnTotals = new long[v[0].length];
            for (int r = 0; r < v.length; r++) {
                long rowTotal = 0;
                List<CellKey> members = new ArrayList<>();
                for (int c = 0; c < v[r].length; c++) {
                    g.values.put(g.cell(r, c), v[r][c]);
                    members.add(g.cell(r, c));
                    rowTotal += v[r][c];
                    columnTotals[c] += v[r][c];
                }
                g.values.put(g.rowTotal(r), rowTotal);
                g.lines.add(new Line(g.rowTotal(r), members));
                grand += rowTotal;
            }
            List<CellKey> columnKeys = new ArrayList<>();
            for (int c = 0; c < columnTotals.length; c++) {
                g.values.put(g.columnTotal(c), columnTotals[c]);
                List<CellKey> members = new ArrayList<>();
                for (int r = 0; r < v.length; r++) {
                    members.add(g.cell(r, c));
                }
                g.lines.add(new Line(g.columnTotal(c), members));
                columnKeys.add(g.columnTotal(c));
            }
            List<CellKey> rowKeys = new ArrayList<>();
            for (int r = 0; r < v.length; r++) {
                rowKeys.add(g.rowTotal(r));
            }
            g.values.put(g.grandTotal(), grand);
            g.lines.add(new Line(g.grandTotal(), rowKeys));
            g.lines.add(new Line(g.grandTotal(), columnKeys));
            return g;
        }

        CellKey cell(int r, int c) {
            return CellKey.of("row", Integer.toString(r), "column", Integer.toString(c));
        }

        CellKey rowTotal(int r) {
            return CellKey.of("row", Integer.toString(r));
        }

        CellKey columnTotal(int c) {
            return CellKey.of("column", Integer.toString(c));
        }

        CellKey grandTotal() {
            return CellKey.of();
        }

        Set<CellKey> protect(int threshold) {
            return new Suppression(threshold).protect(values, lines);
        }

        /** Every small cell hidden, no zero hidden for being small, and no hidden cell recomputable. */
        void assertSafe(Set<CellKey> suppressed, int threshold) {
            for (Map.Entry<CellKey, Long> e : values.entrySet()) {
                if (e.getValue() >= 1 && e.getValue() < threshold) {
                    assertThat(suppressed).as("small cell %s in %s", e.getKey(), values).contains(e.getKey());
                }
            }
            RecomputationAttack attack = attack(values, lines, suppressed);
            assertThat(attack.recomputeBySubtraction()).as("recomputed from %s hiding %s", values, suppressed).isEmpty();
            assertThat(attack.recomputeByElimination()).as("eliminated from %s hiding %s", values, suppressed).isEmpty();
            assertThat(attack.smallGaps(threshold)).as("small gaps in %s hiding %s", values, suppressed).isEmpty();
            assertThat(twoWay || lines.size() == 1).isTrue();
        }

        static RecomputationAttack attack(Map<CellKey, Long> values, List<Line> lines, Set<CellKey> suppressed) {
            Map<String, Long> published = new LinkedHashMap<>();
            Set<String> hidden = new HashSet<>();
            values.forEach((k, v) -> {
                if (suppressed.contains(k)) {
                    hidden.add(k.toString());
                } else {
                    published.put(k.toString(), v);
                }
            });
            List<RecomputationAttack.Equation> equations = lines.stream()
                    .map(l -> new RecomputationAttack.Equation(l.total().toString(),
                            l.members().stream().map(CellKey::toString).toList())).toList();
            return new RecomputationAttack(published, hidden, equations);
        }
    }
}
