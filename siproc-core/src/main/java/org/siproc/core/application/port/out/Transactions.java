package org.siproc.core.application.port.out;

import java.util.function.Supplier;

/**
 * Outgoing port: runs one use case as one unit of work. Everything the work writes is kept, or, when it throws,
 * nothing is: no half-written case stays after an error.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
