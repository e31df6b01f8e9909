package org.siproc.archfixture.core.adapter;

/** Breaks "core depends only on allowed libraries" on purpose (AssertJ is a test library, not allowed in core). */
public class UsesAForbiddenLibrary {
    public Object assertion() {
        return org.assertj.core.api.Assertions.assertThat(1);
    }
}
