package org.siproc.cli;

import java.io.Console;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Where the CLI takes a new account's password from, never from a plain option value (it would show in the process
 * list and the shell history): the value picocli prompted for with echo off ({@code --password}), else an
 * environment variable (for scripts), else a prompt with echo off when a terminal is attached (typed twice).
 */
final class Passwords {

    private Passwords() {
    }

    static char[] read(SiprocCli cli, char @Nullable [] prompted, String variable, String user) {
        if (prompted != null && prompted.length > 0) {
            return prompted;
        }
        String fromEnvironment = cli.environment(variable);
        if (fromEnvironment != null) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new SiprocCli.UsageException("usage.password", variable);
        }
        char[] first = console.readPassword("%s", cli.message("prompt.password", user));
        char[] second = console.readPassword("%s", cli.message("prompt.again"));
        if (first == null || second == null || !Arrays.equals(first, second)) {
            throw new SiprocCli.UsageException("usage.passwordMismatch");
        }
        Arrays.fill(second, ' ');
        return first;
    }
}
