package org.siproc.reporting;

/** Who a report is for, which decides whether its tables pass disclosure control. */
public enum Release {
    /**
     * For publication: the observatory, donors, anything that leaves the ministry. Every table passes disclosure
     * control (small cells and the cells that would give them away are suppressed). Observers get only this.
     */
    PUBLISHED,
    /** For staff: exact counts, never to leave the ministry. Headquarters, and consulates for their own office. */
    INTERNAL
}
