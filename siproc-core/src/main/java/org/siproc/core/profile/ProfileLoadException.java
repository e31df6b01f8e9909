package org.siproc.core.profile;

import java.util.List;
import java.util.stream.Collectors;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.SiprocException;

/**
 * A country profile was refused: it lists every problem found at once (file, path, line, what is wrong), so the
 * profile's author can fix them all before the next start. Thrown at start-up, never while serving a request.
 */
public class ProfileLoadException extends SiprocException {
    private static final long serialVersionUID = 1L;

    private final String profile;
    private final List<ProfileProblem> problems;

    /**
     * @param profile  the profile that was refused, e.g. {@code hn} or the folder it was read from
     * @param problems at least one problem
     */
    public ProfileLoadException(String profile, List<ProfileProblem> problems) {
        super(ErrorCode.INVALID_VALUE, "profile", "profile " + profile, summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refused profile has at least one problem");
        }
        this.profile = profile;
        this.problems = List.copyOf(problems);
    }

    public String profile() {
        return profile;
    }

    /** Every problem, in file order; never empty. */
    public List<ProfileProblem> problems() {
        return problems;
    }

    private static String summary(List<ProfileProblem> problems) {
        return problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
