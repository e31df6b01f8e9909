/**
 * Internals of the reporting module: the assembly of tables from aggregates, the linked-table disclosure control and
 * the file writers. Not an API: may change without notice.
 */
@NullMarked
package org.siproc.reporting.internal;

import org.jspecify.annotations.NullMarked;
