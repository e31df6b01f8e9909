package org.siproc.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an attacker does with published tables, written independently of the production code: collect the published
 * numbers and the additive relations the tables show (row totals, column totals, grand totals, a type and its
 * subtypes, the same aggregate in two tables), then try to recompute every suppressed cell.
 *
 * <ul>
 * <li>{@link #recomputeBySubtraction()}: solve any relation with exactly one unknown, and repeat until nothing
 * changes.</li>
 * <li>{@link #recomputeByElimination()}: Gauss–Jordan elimination over all relations at once.</li>
 * <li>{@link #smallGaps(int)}: relations whose published total minus published members is below the threshold, which
 * bounds every suppressed member to a small number.</li>
 * </ul>
 */
public final class RecomputationAttack {
    /** Columns of amounts (hours, shares), not counts: not part of any additive relation. */
    private static final Set<String> AMOUNT_COLUMNS = Set.of("MEDIAN_HOURS", "P90_HOURS", "SHARE");

    /** A relation {@code total = sum of members}. */
    public record Equation(String total, List<String> members) {
    }

    private final Map<String, Long> known = new HashMap<>();
    private final Set<String> unknown = new LinkedHashSet<>();
    private final Set<Equation> equations = new LinkedHashSet<>();
    private final List<String> inconsistencies = new ArrayList<>();

    /** An attack on raw cells and relations. */
    public RecomputationAttack(Map<String, Long> published, Set<String> suppressed, List<Equation> relations) {
        known.putAll(published);
        unknown.addAll(suppressed);
        equations.addAll(relations);
    }

    private RecomputationAttack() {
    }

    /** An attack on every published table of a report at once. */
    public static RecomputationAttack on(List<StatisticsTable> tables) {
        RecomputationAttack attack = new RecomputationAttack();
        tables.forEach(attack::read);
        for (String key : attack.unknown) {
            if (attack.known.containsKey(key)) {
                attack.inconsistencies.add(key + " is suppressed in one table and published in another");
            }
        }
        return attack;
    }

    /** Cells suppressed in one table but published in another: recovered without any arithmetic. */
    public List<String> inconsistencies() {
        return inconsistencies;
    }

    public Set<String> suppressedCells() {
        return unknown;
    }

    public Set<Equation> equations() {
        return equations;
    }

    /** The suppressed cells recovered by repeatedly solving relations with one unknown. */
    public Map<String, Long> recomputeBySubtraction() {
        Map<String, Long> values = new HashMap<>(known);
        Set<String> open = new HashSet<>(unknown);
        open.removeAll(known.keySet());
        Map<String, Long> recovered = new TreeMap<>();
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Equation e : equations) {
                List<String> cells = new ArrayList<>(e.members());
                cells.add(e.total());
                List<String> missing = cells.stream().filter(open::contains).toList();
                if (missing.size() != 1 || cells.stream().anyMatch(c -> !open.contains(c) && !values.containsKey(c))) {
                    continue;
                }
                String target = missing.get(0);
                long value;
                if (target.equals(e.total())) {
                    value = e.members().stream().mapToLong(values::get).sum();
                } else {
                    value = values.get(e.total()) - e.members().stream().filter(m -> !m.equals(target))
                            .mapToLong(values::get).sum();
                }
                values.put(target, value);
                open.remove(target);
                recovered.put(target, value);
                progress = true;
            }
        }
        return recovered;
    }

    /** The suppressed cells determined by the relations taken together (exact up to rounding of 1e-9). */
    public Set<String> recomputeByElimination() {
        List<String> unknowns = new ArrayList<>(unknown);
        unknowns.removeAll(known.keySet());
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < unknowns.size(); i++) {
            column.put(unknowns.get(i), i);
        }
        List<double[]> rows = new ArrayList<>();
        for (Equation e : equations) {
            double[] row = new double[unknowns.size()];
            boolean any = false;
            if (column.containsKey(e.total())) {
                row[column.get(e.total())] += 1;
                any = true;
            }
            for (String m : e.members()) {
                if (column.containsKey(m)) {
                    row[column.get(m)] -= 1;
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        double[][] a = rows.toArray(double[][]::new);
        int rank = 0;
        int[] pivotColumn = new int[a.length];
        for (int c = 0; c < unknowns.size() && rank < a.length; c++) {
            int best = -1;
            for (int r = rank; r < a.length; r++) {
                if (Math.abs(a[r][c]) > 1e-9 && (best < 0 || Math.abs(a[r][c]) > Math.abs(a[best][c]))) {
                    best = r;
                }
            }
            if (best < 0) {
                continue;
            }
            double[] t = a[best];
            a[best] = a[rank];
            a[rank] = t;
            double p = a[rank][c];
            for (int k = 0; k < unknowns.size(); k++) {
                a[rank][k] /= p;
            }
            for (int r = 0; r < a.length; r++) {
                if (r != rank && Math.abs(a[r][c]) > 1e-12) {
                    double f = a[r][c];
                    for (int k = 0; k < unknowns.size(); k++) {
                        a[r][k] -= f * a[rank][k];
                    }
                }
            }
            pivotColumn[rank] = c;
            rank++;
        }
        Set<String> determined = new HashSet<>();
        for (int r = 0; r < rank; r++) {
            int nonZero = 0;
            for (double x : a[r]) {
                if (Math.abs(x) > 1e-9) {
                    nonZero++;
                }
            }
            if (nonZero == 1) {
                determined.add(unknowns.get(pivotColumn[r]));
            }
        }
        return determined;
    }

    /**
     * Relations with a published total and suppressed members only, where the total minus the published members (what
     * the suppressed members add up to) is below the threshold: each of them is then known to be small.
     */
    public List<String> smallGaps(int threshold) {
        List<String> found = new ArrayList<>();
        for (Equation e : equations) {
            if (!known.containsKey(e.total())) {
                continue;
            }
            List<String> hidden = e.members().stream().filter(m -> !known.containsKey(m)).toList();
            if (hidden.isEmpty()) {
                continue;
            }
            long gap = known.get(e.total()) - e.members().stream().filter(known::containsKey).mapToLong(known::get).sum();
            if (gap < threshold) {
                found.add(e + " hides only " + gap);
            }
        }
        return found;
    }

    // ---- reading published tables ----------------------------------------------------------------------------

    private void read(StatisticsTable table) {
        List<Integer> counts = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (!AMOUNT_COLUMNS.contains(table.columns().get(c).key())) {
                counts.add(c);
            }
        }
        Map<String, String> base = table.slice();
        List<String> dims = table.rowDimensions();
        String columnDim = table.columnDimension();
        boolean rowTotals = table.hasRowTotals();
        Map<List<String>, Map<Integer, List<String>>> byFirstKey = new HashMap<>();
        for (StatisticsTable.Row row : table.rows()) {
            Map<String, String> rowCoords = new TreeMap<>(base);
            for (int i = 0; i < dims.size(); i++) {
                rowCoords.put(dims.get(i), row.key().get(i));
            }
            List<String> members = new ArrayList<>();
            for (int c : counts) {
                String cell = key(rowCoords, columnDim, table.columns().get(c).key());
                observe(cell, row.cell(c));
                members.add(cell);
                if (dims.size() == 2) {
                    byFirstKey.computeIfAbsent(List.of(row.key().get(0)), k -> new HashMap<>())
                            .computeIfAbsent(c, k -> new ArrayList<>()).add(cell);
                }
            }
            if (rowTotals && row.total() != null) {
                String total = key(rowCoords, null, null);
                observe(total, row.total());
                equations.add(new Equation(total, members));
            }
        }
        // A parent of a two-level row key (a case type) is the sum of its children (its subtypes).
        for (Map.Entry<List<String>, Map<Integer, List<String>>> e : byFirstKey.entrySet()) {
            for (Map.Entry<Integer, List<String>> perColumn : e.getValue().entrySet()) {
                Map<String, String> parent = new TreeMap<>(base);
                parent.put(dims.get(0), e.getKey().get(0));
                equations.add(new Equation(key(parent, columnDim, table.columns().get(perColumn.getKey()).key()),
                        perColumn.getValue()));
            }
        }
        StatisticsTable.Row totals = table.totals();
        if (totals == null) {
            return;
        }
        List<String> columnTotals = new ArrayList<>();
        for (int c : counts) {
            String columnKey = table.columns().get(c).key();
            String total = key(base, columnDim, columnKey);
            observe(total, totals.cell(c));
            columnTotals.add(total);
            List<String> members = new ArrayList<>();
            for (StatisticsTable.Row row : table.rows()) {
                Map<String, String> rowCoords = new TreeMap<>(base);
                for (int i = 0; i < dims.size(); i++) {
                    rowCoords.put(dims.get(i), row.key().get(i));
                }
                members.add(key(rowCoords, columnDim, columnKey));
            }
            equations.add(new Equation(total, members));
        }
        if (rowTotals && totals.total() != null) {
            String grand = key(base, null, null);
            observe(grand, totals.total());
            equations.add(new Equation(grand, columnTotals));
            List<String> rowTotalKeys = new ArrayList<>();
            for (StatisticsTable.Row row : table.rows()) {
                Map<String, String> rowCoords = new TreeMap<>(base);
                for (int i = 0; i < dims.size(); i++) {
                    rowCoords.put(dims.get(i), row.key().get(i));
                }
                rowTotalKeys.add(key(rowCoords, null, null));
            }
            equations.add(new Equation(grand, rowTotalKeys));
        }
    }

    private void observe(String key, Cell cell) {
        if (cell instanceof Cell.Count count) {
            Long before = known.put(key, count.value());
            if (before != null && before != count.value()) {
                inconsistencies.add(key + " is published as " + before + " and as " + count.value());
            }
        } else if (cell.isSuppressed()) {
            unknown.add(key);
        }
    }

    private static String key(Map<String, String> coordinates, String name, String value) {
        Map<String, String> all = new TreeMap<>(coordinates);
        if (name != null) {
            all.put(name, value);
        }
        return all.toString();
    }
}
