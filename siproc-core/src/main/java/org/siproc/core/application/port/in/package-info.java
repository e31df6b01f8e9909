/**
 * Inbound ports: one interface per use case, with its command and result records.
 */
@NullMarked
package org.siproc.core.application.port.in;

import org.jspecify.annotations.NullMarked;
