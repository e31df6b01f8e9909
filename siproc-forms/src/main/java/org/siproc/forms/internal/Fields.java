package org.siproc.forms.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.CaseAction;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.Incident;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.Referral;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.SharedData;
import org.siproc.core.domain.casefile.StatusChange;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.Contact;
import org.siproc.core.domain.person.IdentityDocument;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PlaceOfOrigin;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.Institution;
import org.siproc.core.profile.Office;
import org.siproc.core.profile.Territory;
import org.siproc.core.domain.shared.EditDistance;

/**
 * The field resolver: every field a template may name ({@code case.number}, {@code person.fullName}, ...) and every
 * row source a table may run over ({@code case.actions}, ...), each an explicit function of the case, with its
 * {@link Scope} and {@link Category}. No scripting, no reflection: a template can only read what is listed here,
 * and {@code docs/forms.md} lists the same.
 */
public final class Fields {

    /** A field: its name, what it is about, how personal it is, whether the hash covers it, and how to read it. */
    public record Field(String name, Scope scope, Category category, boolean hashed, Reader reader) {
    }

    /** Reads a field's value; null when the case has none. */
    @FunctionalInterface
    public interface Reader {
        @Nullable Value read(FormContext context, Binding binding);
    }

    /** A list of items a table runs over, one row each, bound into the given scope. */
    public record RowSource(String name, Scope scope, Category category,
                            BiFunction<FormContext, Binding, List<Binding>> rows) {
    }

    private static final Map<String, Field> FIELDS = new LinkedHashMap<>();
    private static final Map<String, RowSource> ROWS = new LinkedHashMap<>();

    private Fields() {
    }

    /** The field of that name, or null. */
    public static @Nullable Field field(String name) {
        return FIELDS.get(name);
    }

    /** The row source of that name, or null. */
    public static @Nullable RowSource rows(String name) {
        return ROWS.get(name);
    }

    /** Every field, in the order of the documentation. */
    public static Map<String, Field> all() {
        return Collections.unmodifiableMap(FIELDS);
    }

    /** Every row source. */
    public static Map<String, RowSource> allRows() {
        return Collections.unmodifiableMap(ROWS);
    }

    private static void define(String name, Scope scope, Category category, Reader reader) {
        FIELDS.put(name, new Field(name, scope, category, true, reader));
    }

    private static void defineUnhashed(String name, Scope scope, Category category, Reader reader) {
        FIELDS.put(name, new Field(name, scope, category, false, reader));
    }

    private static void rows(String name, Scope scope, Category category,
                             BiFunction<FormContext, Binding, List<Binding>> rows) {
        ROWS.put(name, new RowSource(name, scope, category, rows));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static @Nullable Value text(@Nullable String text) {
        return text == null || text.isBlank() ? null : Value.text(text);
    }

    private static Value coded(FormContext c, String group, Enum<?> value) {
        return new Value(c.label(group, value), value.name());
    }

    private static Value date(FormContext c, LocalDate date) {
        return new Value(c.date(date), date.toString());
    }

    private static Value date(FormContext c, Instant instant) {
        return new Value(c.date(instant), instant.toString());
    }

    private static Value dateTime(FormContext c, Instant instant) {
        return new Value(c.dateTime(instant), instant.toString());
    }

    private static @Nullable Value flag(boolean set) {
        return set ? new Value("\u2713", "true") : null;
    }

    private static @Nullable Value joined(List<Value> values, String separator) {
        if (values.isEmpty()) {
            return null;
        }
        StringJoiner display = new StringJoiner(separator);
        StringJoiner canonical = new StringJoiner("|");
        values.forEach(v -> {
            display.add(v.display());
            canonical.add(v.canonical());
        });
        return new Value(display.toString(), canonical.toString());
    }

    private static <T> Reader person(Function<Person, @Nullable T> get, BiFunction<FormContext, T, @Nullable Value> show) {
        return (c, b) -> {
            Person p = b.person();
            if (p == null) {
                return null;
            }
            T value = get.apply(p);
            return value == null ? null : show.apply(c, value);
        };
    }

    private static Reader referral(BiFunction<FormContext, Referral, @Nullable Value> show) {
        return (c, b) -> b.referral() == null ? null : show.apply(c, b.referral());
    }

    private static Reader action(BiFunction<FormContext, CaseAction, @Nullable Value> show) {
        return (c, b) -> b.action() == null ? null : show.apply(c, b.action());
    }

    private static Reader visit(BiFunction<FormContext, CaseAction, @Nullable Value> show) {
        return (c, b) -> b.visit() == null ? null : show.apply(c, b.visit());
    }

    private static Reader consent(BiFunction<FormContext, Binding.ConsentRow, @Nullable Value> show) {
        return (c, b) -> b.consent() == null ? null : show.apply(c, b.consent());
    }

    private static Reader status(BiFunction<FormContext, StatusChange, @Nullable Value> show) {
        return (c, b) -> b.status() == null ? null : show.apply(c, b.status());
    }

    private static ProtectionCase.Snapshot kase(FormContext c) {
        return c.protectionCase();
    }

    private static @Nullable Value office(FormContext c, Function<Office, @Nullable String> get) {
        Office office = c.office();
        return office == null ? null : text(get.apply(office));
    }

    private static Value caseType(FormContext c) {
        String code = kase(c).classification().type();
        String label = c.profile().caseType(code).map(t -> t.label().in(c.locale())).orElse(code);
        return new Value(label, code);
    }

    private static Value caseSubtype(FormContext c) {
        String type = kase(c).classification().type();
        String code = kase(c).classification().subtype();
        String label = c.profile().caseType(type).flatMap(t -> t.subtype(code)).map(s -> s.label().in(c.locale()))
                .orElse(code);
        return new Value(label, code);
    }

    private static @Nullable Value place(FormContext c, Incident incident) {
        StringJoiner display = new StringJoiner(", ");
        StringJoiner canonical = new StringJoiner("|");
        if (incident.city() != null) {
            display.add(incident.city());
        }
        if (incident.region() != null) {
            display.add(incident.region());
        }
        display.add(c.countryName(incident.country()));
        canonical.add(String.valueOf(incident.city())).add(String.valueOf(incident.region()))
                .add(incident.country().value());
        return new Value(display.toString(), canonical.toString());
    }

    private static Value country(FormContext c, CountryCode code) {
        return new Value(c.countryName(code), code.value());
    }

    private static Value birthDate(FormContext c, BirthDate birth) {
        if (birth instanceof BirthDate.Exact exact) {
            return date(c, exact.date());
        }
        if (birth instanceof BirthDate.YearOnly year) {
            return new Value(c.word("birth.year", "{0}", year.year()), "year:" + year.year());
        }
        BirthDate.EstimatedAge estimated = (BirthDate.EstimatedAge) birth;
        return new Value(c.word("birth.estimated", "~{0} ({1})", estimated.years(), c.date(estimated.estimatedOn())),
                "estimated:" + estimated.years() + "@" + estimated.estimatedOn());
    }

    private static Value age(FormContext c, BirthDate birth) {
        int years = birth.minimumAgeOn(c.today());
        String key = birth.exact() ? "age.years" : "age.approximate";
        return new Value(c.word(key, "{0}", years), Integer.toString(years));
    }

    private static Value document(FormContext c, IdentityDocument d) {
        String type = c.profile().documentType(d.type()).map(t -> t.label().in(c.locale())).orElse(d.type());
        return new Value(type + " " + d.number() + " (" + c.countryName(d.issuingCountry()) + ")",
                d.type() + ":" + d.number() + ":" + d.issuingCountry().value());
    }

    private static Value origin(FormContext c, PlaceOfOrigin origin) {
        CountryProfile profile = c.profile();
        StringJoiner display = new StringJoiner(", ");
        if (origin.country().equals(profile.country())) {
            Territory territory = profile.territory();
            if (origin.municipalityCode() != null) {
                display.add(territory.municipality(origin.municipalityCode()).map(Territory.Municipality::name)
                        .orElse(origin.municipalityCode()));
            }
            if (origin.departmentCode() != null) {
                display.add(territory.department(origin.departmentCode()).map(Territory.Department::name)
                        .orElse(origin.departmentCode()));
            }
        } else {
            if (origin.municipalityCode() != null) {
                display.add(origin.municipalityCode());
            }
            if (origin.departmentCode() != null) {
                display.add(origin.departmentCode());
            }
        }
        display.add(c.countryName(origin.country()));
        return new Value(display.toString(), origin.country().value() + ":" + origin.departmentCode() + ":"
                + origin.municipalityCode());
    }

    private static @Nullable Value contacts(FormContext c, Person p, Contact.@Nullable Kind only) {
        List<Value> values = new ArrayList<>();
        for (Contact contact : p.contacts()) {
            if (only == null) {
                values.add(new Value(c.label("contact", contact.kind()) + ": " + contact.value(),
                        contact.kind().name() + ":" + contact.value()));
            } else if (contact.kind() == only) {
                values.add(Value.text(contact.value()));
            }
        }
        return joined(values, "; ");
    }

    private static @Nullable Value flags(FormContext c, Person p) {
        boolean sensitive = c.disclosure().allows(Category.SENSITIVE);
        List<Value> values = new ArrayList<>();
        Map<String, VulnerabilityFlag> sorted = new TreeMap<>();
        p.flagsOn(c.flagDay()).forEach(f -> sorted.put(f.name(), f));
        for (VulnerabilityFlag f : sorted.values()) {
            if (f.sensitive() && !sensitive) {
                continue;
            }
            values.add(new Value(flagLabel(c, f), f.name()));
        }
        return joined(values, ", ");
    }

    private static String flagLabel(FormContext c, VulnerabilityFlag flag) {
        if (c.profile().flagLabels().containsKey(flag)) {
            return c.profile().flagLabel(flag).in(c.locale());
        }
        return c.label("flag", flag);
    }

    private static Value institution(FormContext c, String code, Function<Institution, @Nullable String> get) {
        Institution institution = c.profile().institution(code).orElse(null);
        String text = institution == null ? code : get.apply(institution);
        return Value.text(text == null ? "" : text);
    }

    private static @Nullable Instant stepAt(Referral r, ReferralStatus status) {
        Instant at = null;
        for (Referral.Step step : r.steps()) {
            if (step.status() == status) {
                at = step.at();
            }
        }
        return at;
    }

    private static @Nullable StatusChange lastChangeTo(FormContext c, CaseStatus... targets) {
        StatusChange last = null;
        Set<CaseStatus> wanted = Set.of(targets);
        for (StatusChange change : kase(c).history()) {
            if (wanted.contains(change.to())) {
                last = change;
            }
        }
        return last;
    }

    private static @Nullable Value reason(@Nullable StatusChange change) {
        return change == null ? null : text(change.reason());
    }

    private static Value days(FormContext c, long days) {
        return new Value(c.word("duration.days", "{0}", days), Long.toString(days));
    }

    // ---- the fields --------------------------------------------------------------------------------------------

    static {
        defineUnhashed("form.title", Scope.CASE, Category.CASE, (c, b) -> {
            String code = c.formCode();
            String title = c.profile().form(code).map(f -> f.title().in(c.locale())).orElse(null);
            if (title == null) {
                StringBuilder sb = new StringBuilder();
                c.template().title().in(c.language(), c.fallbacks()).forEach(p -> {
                    if (p instanceof TemplateText.Literal l) {
                        sb.append(l.text());
                    }
                });
                title = sb.toString();
            }
            return Value.text(title);
        });
        define("form.code", Scope.CASE, Category.CASE, (c, b) -> Value.text(c.formCode()));
        defineUnhashed("form.issuedOn", Scope.CASE, Category.CASE, (c, b) -> date(c, c.issuedAt()));
        defineUnhashed("form.issuedAt", Scope.CASE, Category.CASE, (c, b) -> dateTime(c, c.issuedAt()));

        define("profile.name", Scope.CASE, Category.CASE, (c, b) -> Value.text(c.profile().name()));
        define("profile.country", Scope.CASE, Category.CASE, (c, b) -> country(c, c.profile().country()));

        define("office.code", Scope.CASE, Category.CASE, (c, b) -> Value.text(kase(c).office().value()));
        define("office.name", Scope.CASE, Category.CASE, (c, b) -> office(c, Office::name));
        define("office.city", Scope.CASE, Category.CASE, (c, b) -> office(c, Office::city));
        define("office.region", Scope.CASE, Category.CASE, (c, b) -> office(c, Office::region));
        define("office.country", Scope.CASE, Category.CASE,
                (c, b) -> c.office() == null ? null : country(c, c.office().country()));

        define("case.number", Scope.CASE, Category.CASE, (c, b) -> Value.text(kase(c).number().toString()));
        define("case.status", Scope.CASE, Category.CASE, (c, b) -> coded(c, "status", kase(c).status()));
        define("case.type", Scope.CASE, Category.CASE, (c, b) -> caseType(c));
        define("case.subtype", Scope.CASE, Category.CASE, (c, b) -> caseSubtype(c));
        define("case.priority", Scope.CASE, Category.CASE, (c, b) -> coded(c, "priority", kase(c).priority().priority()));
        define("case.priorityReason", Scope.CASE, Category.CASE, (c, b) -> text(kase(c).priority().reason()));
        define("case.channel", Scope.CASE, Category.CASE, (c, b) -> coded(c, "channel", kase(c).channel()));
        define("case.registeredAt", Scope.CASE, Category.CASE, (c, b) -> dateTime(c, kase(c).registeredAt()));
        define("case.registeredBy", Scope.CASE, Category.CASE, (c, b) -> Value.text(kase(c).registeredBy().value()));
        define("case.assignee", Scope.CASE, Category.CASE,
                (c, b) -> kase(c).assignee() == null ? null : Value.text(kase(c).assignee().value()));
        define("case.incidentDate", Scope.CASE, Category.CASE,
                (c, b) -> kase(c).incident().date() == null ? null : date(c, kase(c).incident().date()));
        define("case.incidentPlace", Scope.CASE, Category.CASE, (c, b) -> place(c, kase(c).incident()));
        define("case.incidentCountry", Scope.CASE, Category.CASE, (c, b) -> country(c, kase(c).incident().country()));
        define("case.reporterKind", Scope.CASE, Category.CASE, (c, b) -> coded(c, "reporter", kase(c).reporter().kind()));
        define("case.reporterName", Scope.CASE, Category.PERSONAL, (c, b) -> text(kase(c).reporter().name()));
        define("case.reporterContact", Scope.CASE, Category.PERSONAL, (c, b) -> text(kase(c).reporter().contact()));
        define("case.narrative", Scope.CASE, Category.NARRATIVE, (c, b) -> text(kase(c).narrative()));
        define("case.resolvedAt", Scope.CASE, Category.CASE, (c, b) -> {
            StatusChange change = lastChangeTo(c, CaseStatus.RESOLVED);
            return change == null ? null : date(c, change.at());
        });
        define("case.resolution", Scope.CASE, Category.PERSONAL, (c, b) -> reason(lastChangeTo(c, CaseStatus.RESOLVED)));
        define("case.closedAt", Scope.CASE, Category.CASE, (c, b) -> {
            StatusChange change = lastChangeTo(c, CaseStatus.CLOSED);
            return change == null ? null : date(c, change.at());
        });
        define("case.closedBy", Scope.CASE, Category.CASE, (c, b) -> {
            StatusChange change = lastChangeTo(c, CaseStatus.CLOSED);
            return change == null ? null : Value.text(change.by().value());
        });
        define("case.closingReason", Scope.CASE, Category.PERSONAL, (c, b) -> reason(lastChangeTo(c, CaseStatus.CLOSED)));
        define("case.durationDays", Scope.CASE, Category.CASE, (c, b) -> {
            StatusChange end = lastChangeTo(c, CaseStatus.CLOSED, CaseStatus.RESOLVED);
            Instant until = end != null ? end.at() : c.issuedAt();
            return days(c, Duration.between(kase(c).registeredAt(), until).toDays());
        });
        define("case.actionCount", Scope.CASE, Category.CASE,
                (c, b) -> Value.text(Integer.toString(kase(c).actions().size())));

        define("person.fullName", Scope.PERSON, Category.IDENTITY, person(p -> p.name().fullName(), (c, v) -> Value.text(v)));
        define("person.givenNames", Scope.PERSON, Category.IDENTITY, person(p -> p.name().givenNames(), (c, v) -> Value.text(v)));
        define("person.surnames", Scope.PERSON, Category.IDENTITY, person(p -> p.name().secondSurname() == null
                ? p.name().firstSurname() : p.name().firstSurname() + " " + p.name().secondSurname(), (c, v) -> Value.text(v)));
        define("person.knownAs", Scope.PERSON, Category.PERSONAL, person(p -> p.name().knownAs(), (c, v) -> Value.text(v)));
        define("person.sex", Scope.PERSON, Category.IDENTITY, person(Person::sex, (c, v) -> coded(c, "sex", v)));
        define("person.age", Scope.PERSON, Category.IDENTITY, person(Person::birthDate, Fields::age));
        define("person.nationality", Scope.PERSON, Category.IDENTITY, person(Person::nationality, Fields::country));
        define("person.birthDate", Scope.PERSON, Category.PERSONAL, person(Person::birthDate, Fields::birthDate));
        define("person.documents", Scope.PERSON, Category.PERSONAL, person(Person::documents,
                (c, docs) -> joined(docs.stream().map(d -> document(c, d)).toList(), "; ")));
        define("person.document", Scope.PERSON, Category.PERSONAL,
                person(p -> p.documents().isEmpty() ? null : p.documents().get(0), Fields::document));
        define("person.origin", Scope.PERSON, Category.PERSONAL, person(Person::origin, Fields::origin));
        define("person.contacts", Scope.PERSON, Category.CONTACT, person(p -> p, (c, p) -> contacts(c, p, null)));
        define("person.phone", Scope.PERSON, Category.CONTACT, person(p -> p, (c, p) -> contacts(c, p, Contact.Kind.PHONE)));
        define("person.email", Scope.PERSON, Category.CONTACT, person(p -> p, (c, p) -> contacts(c, p, Contact.Kind.EMAIL)));
        define("person.address", Scope.PERSON, Category.CONTACT,
                person(p -> p, (c, p) -> contacts(c, p, Contact.Kind.ADDRESS)));
        define("person.languages", Scope.PERSON, Category.PERSONAL, person(p -> p.languages().isEmpty() ? null
                : String.join(", ", p.languages()), (c, v) -> Value.text(v)));
        define("person.flags", Scope.PERSON, Category.PERSONAL, person(p -> p, Fields::flags));
        define("person.genderIdentity", Scope.PERSON, Category.SENSITIVE,
                person(Person::genderIdentity, (c, v) -> Value.text(v)));
        define("person.ethnicity", Scope.PERSON, Category.SENSITIVE, person(Person::ethnicity, (c, v) -> Value.text(v)));

        define("referral.number", Scope.REFERRAL, Category.CASE, referral((c, r) -> Value.text(
                kase(c).number() + "-R" + c.referralNumber(r))));
        define("referral.institution", Scope.REFERRAL, Category.CASE,
                referral((c, r) -> institution(c, r.institution(), Institution::name)));
        define("referral.institutionCode", Scope.REFERRAL, Category.CASE, referral((c, r) -> Value.text(r.institution())));
        define("referral.institutionCountry", Scope.REFERRAL, Category.CASE, referral((c, r) ->
                c.profile().institution(r.institution()).map(i -> country(c, i.country())).orElse(null)));
        define("referral.institutionContact", Scope.REFERRAL, Category.CASE, referral((c, r) ->
                c.profile().institution(r.institution()).map(i -> text(i.contact())).orElse(null)));
        define("referral.reason", Scope.REFERRAL, Category.CASE, referral((c, r) -> text(r.reason())));
        define("referral.status", Scope.REFERRAL, Category.CASE, referral((c, r) -> coded(c, "referralStatus", r.status())));
        define("referral.suggestedAt", Scope.REFERRAL, Category.CASE, referral((c, r) -> {
            Instant at = stepAt(r, ReferralStatus.SUGGESTED);
            return at == null ? null : date(c, at);
        }));
        define("referral.sentAt", Scope.REFERRAL, Category.CASE, referral((c, r) -> {
            Instant at = stepAt(r, ReferralStatus.SENT);
            return at == null ? null : date(c, at);
        }));
        define("referral.responseDueAt", Scope.REFERRAL, Category.CASE,
                referral((c, r) -> r.responseDueAt() == null ? null : date(c, r.responseDueAt())));
        define("referral.sharedData", Scope.REFERRAL, Category.CASE, referral((c, r) -> coded(c, "sharedData",
                r.sharedData() == null ? SharedData.NO_PERSONAL_DATA : r.sharedData())));
        define("referral.basis", Scope.REFERRAL, Category.CASE,
                referral((c, r) -> r.sharingBasis() == null ? null : coded(c, "basis", r.sharingBasis())));
        define("referral.outcome", Scope.REFERRAL, Category.PERSONAL, referral((c, r) -> {
            List<Referral.Step> steps = r.steps();
            return steps.isEmpty() ? null : text(steps.get(steps.size() - 1).note());
        }));
        define("referral.sharesPersonalData", Scope.REFERRAL, Category.CASE, referral((c, r) ->
                flag(r.sharedData() != null && r.sharedData() != SharedData.NO_PERSONAL_DATA)));
        define("referral.withoutPersonalData", Scope.REFERRAL, Category.CASE, referral((c, r) ->
                flag(r.sharedData() == null || r.sharedData() == SharedData.NO_PERSONAL_DATA)));
        define("referral.sharesNarrative", Scope.REFERRAL, Category.CASE, referral((c, r) ->
                flag(r.sharedData() == SharedData.MINIMUM_WITH_NARRATIVE)));

        define("visit.date", Scope.VISIT, Category.CASE, visit((c, a) -> dateTime(c, a.occurredOn())));
        define("visit.kind", Scope.VISIT, Category.CASE, visit((c, a) -> coded(c, "action", a.kind())));
        define("visit.by", Scope.VISIT, Category.CASE, visit((c, a) -> Value.text(a.recordedBy().value())));
        define("visit.text", Scope.VISIT, Category.PERSONAL, visit((c, a) -> text(a.text())));

        define("action.date", Scope.ACTION, Category.CASE, action((c, a) -> dateTime(c, a.occurredOn())));
        define("action.recordedAt", Scope.ACTION, Category.CASE, action((c, a) -> dateTime(c, a.recordedAt())));
        define("action.kind", Scope.ACTION, Category.CASE, action((c, a) -> coded(c, "action", a.kind())));
        define("action.by", Scope.ACTION, Category.CASE, action((c, a) -> Value.text(a.recordedBy().value())));
        define("action.text", Scope.ACTION, Category.PERSONAL, action((c, a) -> text(a.text())));

        define("consent.purpose", Scope.CONSENT, Category.CASE, consent((c, r) -> coded(c, "consentPurpose", r.purpose())));
        define("consent.purposeText", Scope.CONSENT, Category.CASE, consent((c, r) -> new Value(
                c.word("consentPurposeText." + r.purpose().name(), c.label("consentPurpose", r.purpose())),
                r.purpose().name())));
        define("consent.state", Scope.CONSENT, Category.CASE,
                consent((c, r) -> r.consent() == null ? null : coded(c, "consentState", r.consent().state())));
        define("consent.given", Scope.CONSENT, Category.CASE, consent((c, r) ->
                flag(r.consent() != null && r.consent().state() == Consent.State.GIVEN)));
        define("consent.refused", Scope.CONSENT, Category.CASE, consent((c, r) ->
                flag(r.consent() != null && r.consent().state() != Consent.State.GIVEN)));
        define("consent.basis", Scope.CONSENT, Category.CASE,
                consent((c, r) -> r.consent() == null ? null : coded(c, "basis", r.consent().basis())));
        define("consent.recordedAt", Scope.CONSENT, Category.CASE,
                consent((c, r) -> r.consent() == null ? null : date(c, r.consent().recordedAt())));
        define("consent.note", Scope.CONSENT, Category.PERSONAL,
                consent((c, r) -> r.consent() == null ? null : text(r.consent().note())));

        define("status.at", Scope.STATUS, Category.CASE, status((c, s) -> dateTime(c, s.at())));
        define("status.from", Scope.STATUS, Category.CASE,
                status((c, s) -> s.from() == null ? null : coded(c, "status", s.from())));
        define("status.to", Scope.STATUS, Category.CASE, status((c, s) -> coded(c, "status", s.to())));
        define("status.by", Scope.STATUS, Category.CASE, status((c, s) -> Value.text(s.by().value())));
        define("status.reason", Scope.STATUS, Category.PERSONAL, status((c, s) -> text(s.reason())));

        define("followUp.description", Scope.FOLLOW_UP, Category.PERSONAL,
                (c, b) -> b.followUp() == null ? null : text(b.followUp().description()));
        define("followUp.dueAt", Scope.FOLLOW_UP, Category.CASE,
                (c, b) -> b.followUp() == null ? null : date(c, b.followUp().dueAt()));
        define("followUp.owner", Scope.FOLLOW_UP, Category.CASE,
                (c, b) -> b.followUp() == null ? null : Value.text(b.followUp().owner().value()));
        define("followUp.done", Scope.FOLLOW_UP, Category.CASE,
                (c, b) -> b.followUp() == null ? null : flag(b.followUp().done()));
        define("followUp.completedAt", Scope.FOLLOW_UP, Category.CASE, (c, b) ->
                b.followUp() == null || b.followUp().completedAt() == null ? null : date(c, b.followUp().completedAt()));
        define("followUp.outcome", Scope.FOLLOW_UP, Category.PERSONAL,
                (c, b) -> b.followUp() == null ? null : text(b.followUp().outcome()));

        define("relative.fullName", Scope.RELATIVE, Category.PERSONAL,
                (c, b) -> b.relative() == null ? null : text(b.relative().fullName()));
        define("relative.relationship", Scope.RELATIVE, Category.PERSONAL,
                (c, b) -> b.relative() == null ? null : text(b.relative().relationship()));
        define("relative.contact", Scope.RELATIVE, Category.PERSONAL,
                (c, b) -> b.relative() == null ? null : text(b.relative().contact()));
        define("relative.inHomeCountry", Scope.RELATIVE, Category.PERSONAL,
                (c, b) -> b.relative() == null ? null : flag(b.relative().inHomeCountry()));

        define("document.type", Scope.DOCUMENT, Category.PERSONAL, (c, b) -> b.document() == null ? null : new Value(
                c.profile().documentType(b.document().type()).map(t -> t.label().in(c.locale()))
                        .orElse(b.document().type()), b.document().type()));
        define("document.number", Scope.DOCUMENT, Category.PERSONAL,
                (c, b) -> b.document() == null ? null : Value.text(b.document().number()));
        define("document.country", Scope.DOCUMENT, Category.PERSONAL,
                (c, b) -> b.document() == null ? null : country(c, b.document().issuingCountry()));

        define("attachment.fileName", Scope.ATTACHMENT, Category.PERSONAL,
                (c, b) -> b.attachment() == null ? null : Value.text(b.attachment().fileName()));
        define("attachment.mediaType", Scope.ATTACHMENT, Category.PERSONAL,
                (c, b) -> b.attachment() == null ? null : Value.text(b.attachment().mediaType()));
        define("attachment.attachedAt", Scope.ATTACHMENT, Category.PERSONAL,
                (c, b) -> b.attachment() == null ? null : date(c, b.attachment().attachedAt()));
        define("attachment.sha256", Scope.ATTACHMENT, Category.PERSONAL,
                (c, b) -> b.attachment() == null ? null : Value.text(b.attachment().sha256()));

        rows("case.persons", Scope.PERSON, Category.IDENTITY,
                (c, b) -> c.persons().stream().map(b::withPerson).toList());
        rows("case.referrals", Scope.REFERRAL, Category.CASE,
                (c, b) -> kase(c).referrals().stream().map(b::withReferral).toList());
        rows("case.actions", Scope.ACTION, Category.PERSONAL,
                (c, b) -> kase(c).actions().stream().map(b::withAction).toList());
        rows("case.visits", Scope.ACTION, Category.PERSONAL, (c, b) -> kase(c).actions().stream()
                .filter(a -> FormContext.VISITS.contains(a.kind())).map(b::withAction).toList());
        rows("case.consents", Scope.CONSENT, Category.CASE, (c, b) -> {
            List<Binding> result = new ArrayList<>();
            for (ConsentPurpose purpose : ConsentPurpose.values()) {
                Consent recorded = kase(c).consents().stream().filter(x -> x.purpose() == purpose).findFirst()
                        .orElse(null);
                result.add(b.withConsent(new Binding.ConsentRow(purpose, recorded)));
            }
            return result;
        });
        rows("case.history", Scope.STATUS, Category.CASE,
                (c, b) -> kase(c).history().stream().map(b::withStatus).toList());
        rows("case.followUps", Scope.FOLLOW_UP, Category.PERSONAL,
                (c, b) -> kase(c).followUps().stream().map(b::withFollowUp).toList());
        rows("case.attachments", Scope.ATTACHMENT, Category.PERSONAL,
                (c, b) -> kase(c).attachments().stream().map(b::withAttachment).toList());
        rows("person.relatives", Scope.RELATIVE, Category.PERSONAL,
                (c, b) -> b.person() == null ? List.of() : b.person().relatives().stream().map(b::withRelative).toList());
        rows("person.documents", Scope.DOCUMENT, Category.PERSONAL,
                (c, b) -> b.person() == null ? List.of() : b.person().documents().stream().map(b::withDocument).toList());
    }

    /** The name among {@code candidates} closest to {@code name}, for "did you mean" hints; null when none is close. */
    public static @Nullable String closest(String name, Iterable<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String candidate : candidates) {
            int d = EditDistance.between(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(3, name.length() / 3) ? best : null;
    }
}
