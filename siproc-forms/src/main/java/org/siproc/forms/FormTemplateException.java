package org.siproc.forms;

/**
 * Refusal of a broken form template: names the template's source, where in it the problem is and what it is, e.g.
 * {@code classpath:profiles/hn/forms/INTAKE_SHEET.yaml: blocks[2].fields[0].value: unknown field 'case.nmber'
 * (did you mean 'case.number'?)}. Thrown when templates are loaded, so a country's mistake stops the start-up
 * rather than a print.
 */
public class FormTemplateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final String problem;

    public FormTemplateException(String source, String path, String problem) {
        this(source, path, problem, null);
    }

    public FormTemplateException(String source, String path, String problem, Throwable cause) {
        super(source + ": " + (path.isEmpty() ? "" : path + ": ") + problem, cause);
        this.source = source;
        this.path = path;
        this.problem = problem;
    }

    /** Where the template was read from ({@code classpath:...} or a file path). */
    public String source() {
        return source;
    }

    /** The place in the template, such as {@code blocks[2].fields[0].value}; empty for the whole file. */
    public String path() {
        return path;
    }

    /** What is wrong, in words. */
    public String problem() {
        return problem;
    }
}
