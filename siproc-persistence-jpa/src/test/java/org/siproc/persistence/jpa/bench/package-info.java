/**
 * The persistence benchmark (not a unit test): see {@link org.siproc.persistence.jpa.bench.PersistenceBenchmark}.
 */
@NullMarked
package org.siproc.persistence.jpa.bench;

import org.jspecify.annotations.NullMarked;
