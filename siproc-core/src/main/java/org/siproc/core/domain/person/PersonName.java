package org.siproc.core.domain.person;

import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.Text;

/**
 * A name the Hispanic way: given names, first (paternal) surname, optional second (maternal) surname,
 * and an optional name the person is known as.
 */
public record PersonName(String givenNames, String firstSurname, @Nullable String secondSurname,
                         @Nullable String knownAs) {
    public PersonName {
        givenNames = Text.required("name.givenNames", givenNames, 100);
        firstSurname = Text.required("name.firstSurname", firstSurname, 100);
        secondSurname = Text.optional("name.secondSurname", secondSurname, 100);
        knownAs = Text.optional("name.knownAs", knownAs, 100);
    }

    public static PersonName of(String givenNames, String firstSurname, @Nullable String secondSurname) {
        return new PersonName(givenNames, firstSurname, secondSurname, null);
    }

    /** "María José López Ñúñez", as printed on forms. */
    public String fullName() {
        StringJoiner joiner = new StringJoiner(" ").add(givenNames).add(firstSurname);
        if (secondSurname != null) {
            joiner.add(secondSurname);
        }
        return joiner.toString();
    }

    /** The accent-free search key of the full name. */
    public String searchKey() {
        return NameKey.of(fullName());
    }

    /** The accent-free key of both surnames, in order. */
    public String surnamesKey() {
        return NameKey.of(secondSurname == null ? firstSurname : firstSurname + " " + secondSurname);
    }
}
