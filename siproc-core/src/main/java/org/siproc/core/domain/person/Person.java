package org.siproc.core.domain.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.domain.shared.Text;

/**
 * Aggregate: a migrant or relative concerned by one or more protection cases. Registered once, ideally; when two
 * consulates registered the same person, an authorised user merges the duplicate into the survivor, and the
 * duplicate stays, marked {@link #mergedInto()}, so both histories are kept.
 */
public final class Person {

    /** Age from which a person is an older person (SPEC §3). */
    public static final int OLDER_PERSON_AGE = 60;
    /** Age of majority: under it, a child. */
    public static final int ADULT_AGE = 18;

    private final PersonId id;
    private PersonName name;
    private @Nullable BirthDate birthDate;
    private Sex sex;
    private @Nullable String genderIdentity;
    private @Nullable CountryCode nationality;
    private final List<IdentityDocument> documents;
    private @Nullable PlaceOfOrigin origin;
    private final List<Contact> contacts;
    private final List<Relative> relatives;
    private final Set<String> languages;
    private @Nullable String ethnicity;
    private final Set<VulnerabilityFlag> flags;
    private @Nullable PersonId mergedInto;
    private long version;

    private Person(Builder b, long version) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.name = Objects.requireNonNull(b.name, "name");
        this.birthDate = b.birthDate;
        this.sex = b.sex;
        this.genderIdentity = Text.optional("genderIdentity", b.genderIdentity, 100);
        this.nationality = b.nationality;
        this.documents = new ArrayList<>(b.documents);
        this.origin = b.origin;
        this.contacts = new ArrayList<>(b.contacts);
        this.relatives = new ArrayList<>(b.relatives);
        this.languages = new LinkedHashSet<>(b.languages);
        this.ethnicity = Text.optional("ethnicity", b.ethnicity, 100);
        this.flags = b.flags.isEmpty() ? EnumSet.noneOf(VulnerabilityFlag.class) : EnumSet.copyOf(b.flags);
        this.mergedInto = b.mergedInto;
        this.version = version;
    }

    /** Starts the registration of a new person with a fresh id. */
    public static Builder builder(PersonName name) {
        return new Builder(PersonId.newId(), name);
    }

    /** Rebuilds a person from storage, exactly as stored. Use only for reconstitution in adapters. */
    public static Person reconstitute(Builder stored, @Nullable PersonId mergedInto, long version) {
        stored.mergedInto = mergedInto;
        return new Person(stored, version);
    }

    /** A builder with a given id; for adapters reconstituting a stored person. */
    public static Builder storedAs(PersonId id, PersonName name) {
        return new Builder(id, name);
    }

    /** A deep copy at another stored version, for adapters that keep persons in memory. */
    public Person copyAtVersion(long storedVersion) {
        Builder b = new Builder(id, name).birthDate(birthDate).sex(sex).genderIdentity(genderIdentity)
                .nationality(nationality).origin(origin).ethnicity(ethnicity).flags(flags);
        documents.forEach(b::document);
        contacts.forEach(b::contact);
        relatives.forEach(b::relative);
        languages.forEach(b::language);
        b.mergedInto = mergedInto;
        return new Person(b, storedVersion);
    }

    // ---- queries -------------------------------------------------------------------------------------------

    public PersonId id() {
        return id;
    }

    public PersonName name() {
        return name;
    }

    public @Nullable BirthDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    /** Sensitive: shown only on need-to-know. */
    public @Nullable String genderIdentity() {
        return genderIdentity;
    }

    public @Nullable CountryCode nationality() {
        return nationality;
    }

    public List<IdentityDocument> documents() {
        return Collections.unmodifiableList(documents);
    }

    public @Nullable PlaceOfOrigin origin() {
        return origin;
    }

    public List<Contact> contacts() {
        return Collections.unmodifiableList(contacts);
    }

    public List<Relative> relatives() {
        return Collections.unmodifiableList(relatives);
    }

    public Set<String> languages() {
        return Collections.unmodifiableSet(languages);
    }

    /** Sensitive: shown only on need-to-know. */
    public @Nullable String ethnicity() {
        return ethnicity;
    }

    /** The flags recorded by hand; see {@link #flagsOn(LocalDate)} for the ones that apply on a day. */
    public Set<VulnerabilityFlag> recordedFlags() {
        return Collections.unmodifiableSet(flags);
    }

    public @Nullable PersonId mergedInto() {
        return mergedInto;
    }

    public boolean merged() {
        return mergedInto != null;
    }

    public long version() {
        return version;
    }

    /** The lowest age the person can have had on {@code day}; empty when no birth date is known. */
    public java.util.OptionalInt minimumAgeOn(LocalDate day) {
        return birthDate == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(birthDate.minimumAgeOn(day));
    }

    /**
     * Whether the person was a child on {@code day}: an exact birth date decides; otherwise a person recorded as an
     * unaccompanied or separated child is one, and an uncertain birth date counts on its lower bound (in doubt, a
     * child).
     */
    public boolean isChildOn(LocalDate day) {
        if (birthDate != null && birthDate.exact()) {
            // A known birth date settles it, whatever was flagged by hand.
            return birthDate.minimumAgeOn(day) < ADULT_AGE;
        }
        if (flags.contains(VulnerabilityFlag.UNACCOMPANIED_CHILD) || flags.contains(VulnerabilityFlag.SEPARATED_CHILD)) {
            return true;
        }
        if (birthDate != null) {
            return birthDate.minimumAgeOn(day) < ADULT_AGE;
        }
        return flags.contains(VulnerabilityFlag.CHILD);
    }

    /** The recorded flags plus those derived from age on {@code day} ({@code CHILD}, {@code OLDER_PERSON}). */
    public Set<VulnerabilityFlag> flagsOn(LocalDate day) {
        EnumSet<VulnerabilityFlag> result = flags.isEmpty() ? EnumSet.noneOf(VulnerabilityFlag.class) : EnumSet.copyOf(flags);
        if (isChildOn(day)) {
            result.add(VulnerabilityFlag.CHILD);
        } else if (birthDate != null) {
            // An adult by birth date: child flags set by hand were a mistake the date corrects.
            result.remove(VulnerabilityFlag.CHILD);
            result.remove(VulnerabilityFlag.UNACCOMPANIED_CHILD);
            result.remove(VulnerabilityFlag.SEPARATED_CHILD);
            if (birthDate.minimumAgeOn(day) >= OLDER_PERSON_AGE) {
                result.add(VulnerabilityFlag.OLDER_PERSON);
            }
        }
        return result;
    }

    // ---- behaviour -----------------------------------------------------------------------------------------

    public void correctName(PersonName corrected) {
        requireNotMerged();
        this.name = Objects.requireNonNull(corrected, "corrected");
    }

    public void recordBirthDate(BirthDate date) {
        requireNotMerged();
        this.birthDate = Objects.requireNonNull(date, "date");
    }

    public void addDocument(IdentityDocument document) {
        requireNotMerged();
        if (documents.stream().noneMatch(d -> sameDocument(d, document))) {
            documents.add(document);
        }
    }

    public void addContact(Contact contact) {
        requireNotMerged();
        if (!contacts.contains(contact)) {
            contacts.add(contact);
        }
    }

    public void flag(VulnerabilityFlag flag) {
        requireNotMerged();
        flags.add(flag);
    }

    /**
     * Takes over what the duplicate knows that this record does not (documents, contacts, relatives, languages,
     * flags, a more precise birth date), and marks the duplicate as merged into this one. Both cases' histories
     * stay: the cases of the duplicate are re-pointed by the use case, never deleted.
     */
    public void absorb(Person duplicate) {
        requireNotMerged();
        duplicate.requireNotMerged();
        if (duplicate.id.equals(id)) {
            throw new RuleViolationException(ErrorCode.PERSON_ALREADY_MERGED, "duplicate", id);
        }
        duplicate.documents.forEach(this::addDocument);
        duplicate.contacts.forEach(this::addContact);
        duplicate.relatives.stream().filter(r -> !relatives.contains(r)).forEach(relatives::add);
        languages.addAll(duplicate.languages);
        flags.addAll(duplicate.flags);
        if (duplicate.birthDate != null && (birthDate == null || (!birthDate.exact() && duplicate.birthDate.exact()))) {
            birthDate = duplicate.birthDate;
        }
        if (nationality == null) {
            nationality = duplicate.nationality;
        }
        if (origin == null) {
            origin = duplicate.origin;
        }
        if (sex == Sex.UNKNOWN) {
            sex = duplicate.sex;
        }
        duplicate.mergedInto = id;
    }

    private static boolean sameDocument(IdentityDocument a, IdentityDocument b) {
        return a.type().equals(b.type()) && a.matchKey().equals(b.matchKey()) && a.issuingCountry().equals(b.issuingCountry());
    }

    private void requireNotMerged() {
        if (mergedInto != null) {
            throw new RuleViolationException(ErrorCode.PERSON_ALREADY_MERGED, "person", id);
        }
    }

    /** A builder of a person's data, used at registration and reconstitution. */
    public static final class Builder {
        private final PersonId id;
        private final PersonName name;
        private @Nullable BirthDate birthDate;
        private Sex sex = Sex.UNKNOWN;
        private @Nullable String genderIdentity;
        private @Nullable CountryCode nationality;
        private final List<IdentityDocument> documents = new ArrayList<>();
        private @Nullable PlaceOfOrigin origin;
        private final List<Contact> contacts = new ArrayList<>();
        private final List<Relative> relatives = new ArrayList<>();
        private final Set<String> languages = new LinkedHashSet<>();
        private @Nullable String ethnicity;
        private final Set<VulnerabilityFlag> flags = EnumSet.noneOf(VulnerabilityFlag.class);
        private @Nullable PersonId mergedInto;

        private Builder(PersonId id, PersonName name) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder birthDate(@Nullable BirthDate value) {
            this.birthDate = value;
            return this;
        }

        public Builder sex(Sex value) {
            this.sex = Objects.requireNonNull(value, "sex");
            return this;
        }

        public Builder genderIdentity(@Nullable String value) {
            this.genderIdentity = value;
            return this;
        }

        public Builder nationality(@Nullable CountryCode value) {
            this.nationality = value;
            return this;
        }

        public Builder document(IdentityDocument value) {
            this.documents.add(Objects.requireNonNull(value, "document"));
            return this;
        }

        public Builder origin(@Nullable PlaceOfOrigin value) {
            this.origin = value;
            return this;
        }

        public Builder contact(Contact value) {
            this.contacts.add(Objects.requireNonNull(value, "contact"));
            return this;
        }

        public Builder relative(Relative value) {
            this.relatives.add(Objects.requireNonNull(value, "relative"));
            return this;
        }

        public Builder language(String value) {
            this.languages.add(Text.required("language", value, 40));
            return this;
        }

        public Builder ethnicity(@Nullable String value) {
            this.ethnicity = value;
            return this;
        }

        public Builder flag(VulnerabilityFlag value) {
            this.flags.add(Objects.requireNonNull(value, "flag"));
            return this;
        }

        public Builder flags(Set<VulnerabilityFlag> values) {
            this.flags.addAll(values);
            return this;
        }

        public PersonId id() {
            return id;
        }

        /** A new person, version 0 (never stored). */
        public Person build() {
            return new Person(this, 0);
        }
    }
}
