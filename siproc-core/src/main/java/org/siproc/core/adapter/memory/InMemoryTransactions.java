package org.siproc.core.adapter.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.siproc.core.application.port.out.Transactions;

/**
 * Transactions for the in-memory adapters: one at a time (a lock gives isolation), all or nothing (the stores
 * register an undo action for every write, run in reverse order when the work throws). Nested calls join the
 * outer transaction.
 */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undoLog.get() != null) {
            return work.get();
        }
        lock.lock();
        Deque<Runnable> undo = new ArrayDeque<>();
        undoLog.set(undo);
        try {
            T result = work.get();
            undo.clear();
            return result;
        } catch (RuntimeException | Error e) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            throw e;
        } finally {
            undoLog.remove();
            lock.unlock();
        }
    }

    /** Called by the stores before a write: how to undo it if the current transaction fails. */
    void onRollback(Runnable undo) {
        Deque<Runnable> log = undoLog.get();
        if (log != null) {
            log.push(undo);
        }
    }
}
