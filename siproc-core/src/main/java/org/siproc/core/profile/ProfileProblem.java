package org.siproc.core.profile;

import java.util.Objects;

/**
 * One thing wrong with a country profile, and where: the file, the path inside it (e.g.
 * {@code referrals[3].institution}) and, when the reader knows it, the line.
 *
 * @param file    the profile file, e.g. {@code rules.yaml}
 * @param path    where in the file, in the profile format's key names; empty for the whole file
 * @param line    the 1-based line, or 0 when not known
 * @param message what is wrong, in words a profile author understands
 */
public record ProfileProblem(String file, String path, int line, String message) {
    public ProfileProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative");
        }
    }

    /** A problem whose line is not known (yet). */
    public static ProfileProblem at(String file, String path, String message) {
        return new ProfileProblem(file, path, 0, message);
    }

    public ProfileProblem withLine(int newLine) {
        return new ProfileProblem(file, path, newLine, message);
    }

    /** {@code rules.yaml:42 referrals[3].institution: no institution 'FOSMH' in institutions.yaml}. */
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (path.isEmpty() ? "" : " " + path) + ": " + message;
    }
}
