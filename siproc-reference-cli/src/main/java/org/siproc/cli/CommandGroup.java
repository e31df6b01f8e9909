package org.siproc.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Base of the commands that only group others ({@code case}, {@code user}, ...): alone, they are a usage error. */
abstract class CommandGroup implements Runnable {

    @Spec
    @Nullable CommandSpec spec;

    @Override
    public void run() {
        if (spec == null) {
            throw new IllegalStateException("picocli did not inject the command spec");
        }
        Locale locale = ((SiprocCli) spec.root().userObject()).locale();
        throw new ParameterException(spec.commandLine(), Messages.get(locale, "usage.missingSubcommand",
                spec.qualifiedName(), String.join(", ", spec.subcommands().keySet())));
    }
}
