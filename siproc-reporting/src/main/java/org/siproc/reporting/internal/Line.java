package org.siproc.reporting.internal;

import java.util.List;
import java.util.Objects;

/**
 * Value: an additive relation a published table shows or implies, {@code total = member1 + member2 + ...}, e.g. a row
 * total and the cells of its row, or a case type and its subtypes.
 */
public record Line(CellKey total, List<CellKey> members) {
    public Line {
        Objects.requireNonNull(total, "total");
        members = List.copyOf(members);
        if (members.contains(total)) {
            throw new IllegalArgumentException("a total is not one of its own members");
        }
    }
}
