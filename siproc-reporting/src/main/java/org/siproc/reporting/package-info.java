/**
 * Statistics and reporting for headquarters and the observatory (SPEC §5): the indicator set, disclosure control
 * for tables that leave the system, and exports (CSV, XLSX, JSON, chart series).
 *
 * <p>Entry point: {@link org.siproc.reporting.Reports#build}. It checks the actor's access, asks the
 * {@link org.siproc.core.application.port.out.CaseStatistics} port for aggregates (computed where the data lives),
 * assembles {@link org.siproc.reporting.StatisticsTable}s, protects them when they are to be published, and writes
 * the export to the audit trail. {@link org.siproc.reporting.Exports} turns a {@link org.siproc.reporting.Report}
 * into files; {@link org.siproc.reporting.ChartSeries} into what a chart library draws.
 */
@NullMarked
package org.siproc.reporting;

import org.jspecify.annotations.NullMarked;
