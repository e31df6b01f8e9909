/**
 * Thread-safe in-memory adapters of the outbound ports, for tests, demos and embedding experiments.
 */
@NullMarked
package org.siproc.core.adapter.memory;

import org.jspecify.annotations.NullMarked;
