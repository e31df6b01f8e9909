/**
 * Contract tests of the outbound ports: one abstract test class per port, run against every adapter (in memory
 * here; H2 and PostgreSQL in siproc-persistence-jpa) by subclasses that supply the adapters on an empty store.
 */
@NullMarked
package org.siproc.core.contract;

import org.jspecify.annotations.NullMarked;
