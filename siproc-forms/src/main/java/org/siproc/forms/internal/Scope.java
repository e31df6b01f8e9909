package org.siproc.forms.internal;

/**
 * What a field is about. Case-wide scopes can be used anywhere in a template; item scopes only in a table whose
 * rows are such items ({@code action.text} in a table over {@code case.actions}).
 */
public enum Scope {
    CASE(true), PERSON(true), REFERRAL(true), VISIT(true),
    ACTION(false), CONSENT(false), STATUS(false), FOLLOW_UP(false), RELATIVE(false), DOCUMENT(false),
    ATTACHMENT(false);

    private final boolean topLevel;

    Scope(boolean topLevel) {
        this.topLevel = topLevel;
    }

    /** Whether the scope is bound outside tables (the main person, the referral of a letter, the latest visit). */
    public boolean topLevel() {
        return topLevel;
    }
}
