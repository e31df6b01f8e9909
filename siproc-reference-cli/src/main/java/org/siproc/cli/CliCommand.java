package org.siproc.cli;

import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.access.Actor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the leaf commands: reaches the global options, the session and the output through the root command. */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    @Nullable CommandSpec spec;

    final SiprocCli cli() {
        return (SiprocCli) spec().root().userObject();
    }

    final CommandSpec spec() {
        if (spec == null) {
            throw new IllegalStateException("picocli did not inject the command spec");
        }
        return spec;
    }

    final Session session() {
        return cli().session(false);
    }

    final Actor actor() {
        return cli().actor();
    }

    final Output output() {
        return cli().output(spec().commandLine());
    }

    static @Nullable String iso(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
