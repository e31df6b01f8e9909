/**
 * Audit events: who did what, when and from where.
 */
@NullMarked
package org.siproc.core.domain.audit;

import org.jspecify.annotations.NullMarked;
