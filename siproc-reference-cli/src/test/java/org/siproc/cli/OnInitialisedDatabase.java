package org.siproc.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the test classes that share one database per class, initialised by {@link CliRun#initialised} with the
 * administrator and the test accounts.
 */
abstract class OnInitialisedDatabase {

    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void initialise() {
        db = CliRun.initialised(dir);
    }
}
