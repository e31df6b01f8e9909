package org.siproc.forms.internal;

/**
 * How personal a field is, which decides who may see it on paper. The renderer, not the template, applies it: a
 * country's template cannot print what the reader of the form may not see.
 */
public enum Category {
    /** About the case, not the person: number, type, office, dates, the institution and what is asked of it. */
    CASE,
    /** Who the person is at the least: name, sex, age, nationality. */
    IDENTITY,
    /** How to reach the person: phone, e-mail, address. */
    CONTACT,
    /** Other personal data: birth date, documents, origin, relatives, languages, notes of the case work. */
    PERSONAL,
    /** Need-to-know fields: sensitive vulnerability flags, gender identity, ethnicity. */
    SENSITIVE,
    /** The narrative of the case: need-to-know, and shared with an institution only when the officer chose to. */
    NARRATIVE
}
