package org.siproc.profiles.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.siproc.core.profile.ProfileProblem;

/**
 * Collects the problems found while reading a profile, and remembers the line of every path it read, so problems
 * found later by core's validator (which knows paths, not lines) can be given their line too.
 */
final class Problems {
    private final List<ProfileProblem> problems = new ArrayList<>();
    private final Map<String, Map<String, Integer>> lines = new HashMap<>();

    void add(Item at, String message) {
        problems.add(new ProfileProblem(at.file(), at.path(), at.line(), message));
    }

    void add(ProfileProblem problem) {
        problems.add(problem.line() > 0 ? problem : problem.withLine(lineOf(problem.file(), problem.path())));
    }

    void seen(Item node) {
        lines.computeIfAbsent(node.file(), f -> new HashMap<>()).putIfAbsent(node.path(), node.line());
    }

    /** The line of the path, or of its closest enclosing path that was read; 0 when none was. */
    int lineOf(String file, String path) {
        Map<String, Integer> known = lines.getOrDefault(file, Map.of());
        String p = path;
        while (!p.isEmpty()) {
            Integer line = known.get(p);
            if (line != null) {
                return line;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
        return 0;
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<ProfileProblem> all() {
        return List.copyOf(problems);
    }
}
