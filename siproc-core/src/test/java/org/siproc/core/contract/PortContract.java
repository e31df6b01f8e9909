package org.siproc.core.contract;

import org.junit.jupiter.api.BeforeEach;

/** Base of the port contract tests: gives each test the adapters under test on an empty store. */
public abstract class PortContract {

    protected PortsUnderTest ports;

    /** The adapters under test, on a store with nothing in it. Called before every test. */
    protected abstract PortsUnderTest emptyStore();

    @BeforeEach
    void startFromAnEmptyStore() {
        ports = emptyStore();
    }

    /** Runs {@code work} in one transaction of the adapters under test. */
    protected <T> T tx(java.util.function.Supplier<T> work) {
        return ports.transactions().inTransaction(work);
    }

    protected void txRun(Runnable work) {
        ports.transactions().inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
