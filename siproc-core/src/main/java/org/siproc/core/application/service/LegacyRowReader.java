package org.siproc.core.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.siproc.core.application.port.in.ImportLegacyCasesUseCase.Problem;
import org.siproc.core.application.port.in.LegacyCaseRow;
import org.siproc.core.application.port.in.LegacyField;
import org.siproc.core.domain.access.AccessDeniedException;
import org.siproc.core.domain.access.AccessPolicy;
import org.siproc.core.domain.access.Actor;
import org.siproc.core.domain.access.Permission;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.casefile.CaseDemographics;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.Consent;
import org.siproc.core.domain.casefile.ConsentPurpose;
import org.siproc.core.domain.casefile.Incident;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.LegacyCase;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.casefile.Reporter;
import org.siproc.core.domain.casefile.ReporterKind;
import org.siproc.core.domain.casefile.SharingBasis;
import org.siproc.core.domain.person.BirthDate;
import org.siproc.core.domain.person.IdentityDocument;
import org.siproc.core.domain.person.NameKey;
import org.siproc.core.domain.person.Person;
import org.siproc.core.domain.person.PersonName;
import org.siproc.core.domain.person.PlaceOfOrigin;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.ErrorCode;
import org.siproc.core.domain.shared.InvalidValueException;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.RuleViolationException;
import org.siproc.core.domain.shared.SiprocException;
import org.siproc.core.domain.shared.Text;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.DocumentType;
import org.siproc.core.profile.Office;
import org.siproc.core.profile.Territory;
import org.siproc.core.profile.UnknownCodeException;
import org.siproc.core.rules.CaseFacts;

/**
 * Turns a legacy row into a {@link LegacyCase}, or says why it cannot: each field is read on its own, so a row with
 * several problems reports them all, each on its column. The checks are the registration's (profile codes, document
 * formats, territory, the access policy for the office) plus the migration rules of {@link LegacyCase}.
 */
final class LegacyRowReader {

    /** A row read: the case when every check passed, the problems otherwise. */
    record Read(LegacyCaseRow row, @Nullable LegacyCase legacyCase, List<Problem> problems) {
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LATIN = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Legacy status words (and SIPROC's own names) to statuses; a reopened case is in progress again. */
    private static final Map<String, CaseStatus> STATUSES = vocabulary(CaseStatus.class, EnumSet.complementOf(
            EnumSet.of(CaseStatus.REOPENED)), Map.of("REGISTRADO", CaseStatus.REGISTERED,
            "EN_EVALUACION", CaseStatus.IN_ASSESSMENT, "ABIERTO", CaseStatus.IN_PROGRESS,
            "EN_PROCESO", CaseStatus.IN_PROGRESS, "EN_TRAMITE", CaseStatus.IN_PROGRESS,
            "REABIERTO", CaseStatus.IN_PROGRESS, "EN_ESPERA", CaseStatus.AWAITING_RESPONSE,
            "RESUELTO", CaseStatus.RESOLVED, "CERRADO", CaseStatus.CLOSED, "ARCHIVADO", CaseStatus.ARCHIVED));
    private static final Map<String, Sex> SEXES = vocabulary(Sex.class, EnumSet.allOf(Sex.class), Map.of(
            "MUJER", Sex.F, "HOMBRE", Sex.M, "D", Sex.UNKNOWN, "DESCONOCIDO", Sex.UNKNOWN, "NO_CONSTA", Sex.UNKNOWN));
    private static final Map<String, IntakeChannel> CHANNELS = vocabulary(IntakeChannel.class,
            EnumSet.allOf(IntakeChannel.class), Map.of("PRESENCIAL", IntakeChannel.IN_PERSON,
                    "TELEFONO", IntakeChannel.PHONE, "CORREO", IntakeChannel.EMAIL,
                    "CENTRO_DE_LLAMADAS", IntakeChannel.CALL_CENTRE, "VISITA_DETENCION", IntakeChannel.DETENTION_VISIT,
                    "VISITA_HOSPITAL", IntakeChannel.HOSPITAL_VISIT, "REMISION", IntakeChannel.PARTNER_REFERRAL,
                    "MEDIOS", IntakeChannel.MEDIA, "OTRO", IntakeChannel.OTHER));
    private static final Map<String, ReporterKind> REPORTERS = vocabulary(ReporterKind.class,
            EnumSet.allOf(ReporterKind.class), Map.of("PERSONA", ReporterKind.THE_PERSON,
                    "FAMILIAR", ReporterKind.RELATIVE, "CENTRO_DE_LLAMADAS", ReporterKind.CALL_CENTRE,
                    "ORGANIZACION", ReporterKind.PARTNER_ORGANISATION, "VISITA_DETENCION",
                    ReporterKind.DETENTION_CENTRE_VISIT, "MEDIOS", ReporterKind.MEDIA,
                    "AUTORIDAD", ReporterKind.AUTHORITY, "OTRO", ReporterKind.OTHER));
    private static final Map<String, VulnerabilityFlag> FLAGS = vocabulary(VulnerabilityFlag.class,
            EnumSet.allOf(VulnerabilityFlag.class), Map.of());

    /** Fields of {@link LegacyCase}'s rules, and the columns they come from. */
    private static final Map<String, LegacyField> RULE_FIELDS = Map.of(LegacyCase.REGISTERED_ON,
            LegacyField.REGISTERED_ON, LegacyCase.CLOSED_ON, LegacyField.CLOSED_ON, LegacyCase.INCIDENT_DATE,
            LegacyField.INCIDENT_DATE, LegacyCase.BIRTH_DATE, LegacyField.BIRTH_DATE, LegacyCase.STATUS,
            LegacyField.STATUS);

    private final CountryProfile profile;
    private final AccessPolicy policy;

    LegacyRowReader(CountryProfile profile, AccessPolicy policy) {
        this.profile = profile;
        this.policy = policy;
    }

    Read read(Actor actor, LegacyCaseRow row, Instant now) {
        Fields f = new Fields(row);
        String legacyNumber = f.required(LegacyField.LEGACY_NUMBER, v -> Text.required("numero_caso", v, 40));
        Office office = f.required(LegacyField.OFFICE, v -> office(actor, v));
        LocalDate registeredOn = f.required(LegacyField.REGISTERED_ON, v -> date(LegacyField.REGISTERED_ON, v));
        String type = f.required(LegacyField.CASE_TYPE, v -> profile.caseType(v.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new UnknownCodeException(LegacyField.CASE_TYPE.column(), v, code())).code());
        String subtypeText = f.required(LegacyField.CASE_SUBTYPE, v -> v);
        CaseClassification classification = type == null || subtypeText == null ? null
                : f.field(LegacyField.CASE_SUBTYPE, v -> {
                    CaseClassification c = CaseClassification.of(type, v);
                    profile.caseType(type).flatMap(t -> t.subtype(c.subtype())).orElseThrow(
                            () -> new UnknownCodeException(LegacyField.CASE_SUBTYPE.column(), v, code()));
                    return c;
                });
        CaseStatus status = f.required(LegacyField.STATUS, v -> term(LegacyField.STATUS, v, STATUSES));
        LocalDate closedOn = f.field(LegacyField.CLOSED_ON, v -> date(LegacyField.CLOSED_ON, v));

        String given = f.required(LegacyField.GIVEN_NAMES, v -> Text.required("nombres", v, 100));
        String first = f.required(LegacyField.FIRST_SURNAME, v -> Text.required("primer_apellido", v, 100));
        String second = f.field(LegacyField.SECOND_SURNAME, v -> Text.required("segundo_apellido", v, 100));
        Sex sex = f.field(LegacyField.SEX, v -> term(LegacyField.SEX, v, SEXES));
        BirthDate birth = birthDate(f);
        CountryCode nationality = f.field(LegacyField.NATIONALITY, CountryCode::of);
        IdentityDocument document = document(f, nationality);
        PlaceOfOrigin origin = origin(f);
        LocalDate incidentDate = f.field(LegacyField.INCIDENT_DATE, v -> date(LegacyField.INCIDENT_DATE, v));
        CountryCode incidentCountry = f.field(LegacyField.INCIDENT_COUNTRY, CountryCode::of);
        String place = f.field(LegacyField.INCIDENT_PLACE, v -> Text.required("lugar_hecho", v, 100));
        ReporterKind reporter = f.field(LegacyField.REPORTED_BY, v -> term(LegacyField.REPORTED_BY, v, REPORTERS));
        IntakeChannel channel = f.field(LegacyField.CHANNEL, v -> term(LegacyField.CHANNEL, v, CHANNELS));
        Set<VulnerabilityFlag> flags = f.field(LegacyField.VULNERABILITIES, LegacyRowReader::flags);
        String summary = f.field(LegacyField.SUMMARY, v -> Text.required("resumen", v,
                ProtectionCase.MAX_NARRATIVE));

        if (!f.problems.isEmpty() || legacyNumber == null || office == null || registeredOn == null
                || classification == null || status == null || given == null || first == null) {
            return new Read(row, null, List.copyOf(f.problems));
        }
        Person.Builder person = Person.builder(new PersonName(given, first, second, null))
                .sex(sex == null ? Sex.UNKNOWN : sex).birthDate(birth).nationality(nationality).origin(origin)
                .flags(flags == null ? Set.of() : flags);
        if (document != null) {
            person.document(document);
        }
        Person p = person.build();
        try {
            return new Read(row, legacyCase(actor, now, legacyNumber, office, registeredOn, classification, status,
                    closedOn, p, new Incident(incidentDate, incidentCountry == null ? office.country() : incidentCountry,
                            null, place), reporter, channel, summary), List.of());
        } catch (SiprocException e) {
            return new Read(row, null, List.of(ruleProblem(e, birth)));
        }
    }

    private LegacyCase legacyCase(Actor actor, Instant now, String legacyNumber, Office office, LocalDate registeredOn,
                                  CaseClassification classification, CaseStatus status, @Nullable LocalDate closedOn,
                                  Person person, Incident incident, @Nullable ReporterKind reporter,
                                  @Nullable IntakeChannel channel, @Nullable String summary) {
        IntakeChannel intakeChannel = channel == null ? IntakeChannel.OTHER : channel;
        Instant registeredAt = registeredOn.atStartOfDay(office.timeZone()).toInstant();
        LocalDate incidentDay = incident.date() != null && !incident.date().isAfter(registeredOn) ? incident.date()
                : registeredOn;
        CaseFacts facts = CaseFacts.derive(classification, List.of(person), incident.date(), incident.country(),
                registeredAt, office.timeZone(), intakeChannel);
        String narrative = summary != null ? summary : Labels.text(profile, "import.summaryMissing", legacyNumber);
        ProtectionCase.Intake intake = new ProtectionCase.Intake(office.code(), List.of(person.id()),
                new Reporter(reporter == null ? ReporterKind.OTHER : reporter, null, null), intakeChannel, incident,
                narrative, classification, CaseDemographics.of(person, incidentDay), Set.of());
        Consent basis = new Consent(ConsentPurpose.REGISTRATION, Consent.State.GIVEN, SharingBasis.PUBLIC_TASK,
                Labels.text(profile, "import.legalBasis"), now, actor.user());
        return new LegacyCase(legacyNumber, person, intake, profile.rules().evaluate(facts).priority(), status,
                registeredOn, closedOn, office.timeZone(), now, actor.user(),
                Labels.text(profile, "import.statusNote", legacyNumber), basis);
    }

    /** A rule of {@link LegacyCase}, pointed at its column, with the columns' names in the message. */
    private static Problem ruleProblem(SiprocException e, @Nullable BirthDate birth) {
        LegacyField field = e.field() == null ? null : RULE_FIELDS.get(e.field());
        if (field == LegacyField.BIRTH_DATE && birth instanceof BirthDate.YearOnly) {
            field = LegacyField.BIRTH_YEAR;
        }
        if (!(e instanceof RuleViolationException)) {
            return new Problem(field, e);
        }
        Object[] arguments = Arrays.stream(e.arguments()).map(a -> a instanceof String s && RULE_FIELDS.containsKey(s)
                ? RULE_FIELDS.get(s).column() : a).toArray();
        return new Problem(field, new RuleViolationException(e.errorCode(),
                field == null ? e.field() : field.column(), arguments));
    }

    private Office office(Actor actor, String value) {
        OfficeCode code = OfficeCode.of(value.toUpperCase(Locale.ROOT));
        Office office = profile.office(code)
                .orElseThrow(() -> new UnknownCodeException(LegacyField.OFFICE.column(), value, code()));
        if (!policy.allows(actor, Permission.REGISTER_CASE, code)) {
            throw new AccessDeniedException(actor, Permission.REGISTER_CASE, code);
        }
        return office;
    }

    private @Nullable BirthDate birthDate(Fields f) {
        BirthDate exact = f.field(LegacyField.BIRTH_DATE, v -> new BirthDate.Exact(date(LegacyField.BIRTH_DATE, v)));
        BirthDate year = f.field(LegacyField.BIRTH_YEAR, v -> {
            try {
                return new BirthDate.YearOnly(Integer.parseInt(v));
            } catch (NumberFormatException e) {
                throw new InvalidValueException(LegacyField.BIRTH_YEAR.column(), "a year such as 1990 is expected");
            }
        });
        if (exact != null && year != null) {
            f.problems.add(new Problem(LegacyField.BIRTH_YEAR, new InvalidValueException(
                    ErrorCode.AMBIGUOUS_BIRTH_DATE, LegacyField.BIRTH_YEAR.column(), LegacyField.BIRTH_YEAR.column())));
            return null;
        }
        return exact != null ? exact : year;
    }

    /** The document: type and number both or neither; issued by the nationality's country, else the profile's. */
    private @Nullable IdentityDocument document(Fields f, @Nullable CountryCode nationality) {
        DocumentType type = f.field(LegacyField.DOCUMENT_TYPE, v -> profile.requireDocumentType(v.toUpperCase(Locale.ROOT)));
        if (f.row.value(LegacyField.DOCUMENT_TYPE) != null && f.row.value(LegacyField.DOCUMENT_NUMBER) == null) {
            f.missing(LegacyField.DOCUMENT_NUMBER);
        } else if (f.row.value(LegacyField.DOCUMENT_TYPE) == null && f.row.value(LegacyField.DOCUMENT_NUMBER) != null) {
            f.missing(LegacyField.DOCUMENT_TYPE);
        }
        if (type == null) {
            return null;
        }
        return f.field(LegacyField.DOCUMENT_NUMBER, v -> new IdentityDocument(type.code(), type.canonical(v),
                nationality != null ? nationality : profile.country()));
    }

    /** Department and municipality of the profile's own country, checked against its territory. */
    private @Nullable PlaceOfOrigin origin(Fields f) {
        Territory territory = profile.territory();
        String department = f.field(LegacyField.ORIGIN_DEPARTMENT, v -> territory.department(v)
                .orElseThrow(() -> new UnknownCodeException(LegacyField.ORIGIN_DEPARTMENT.column(), v, code())).code());
        String municipality = f.field(LegacyField.ORIGIN_MUNICIPALITY, v -> {
            Territory.Municipality m = territory.municipality(v).orElseThrow(
                    () -> new UnknownCodeException(LegacyField.ORIGIN_MUNICIPALITY.column(), v, code()));
            String dept = f.row.value(LegacyField.ORIGIN_DEPARTMENT);
            if (dept != null && !m.code().startsWith(dept)) {
                throw new InvalidValueException(LegacyField.ORIGIN_MUNICIPALITY.column(),
                        "municipality " + m.code() + " is not in department " + dept);
            }
            return m.code();
        });
        return department == null && municipality == null ? null
                : new PlaceOfOrigin(territory.country(), department, municipality);
    }

    private static Set<VulnerabilityFlag> flags(String value) {
        Set<VulnerabilityFlag> flags = EnumSet.noneOf(VulnerabilityFlag.class);
        for (String item : value.split("[;,|]")) {
            if (!item.isBlank()) {
                flags.add(term(LegacyField.VULNERABILITIES, item, FLAGS));
            }
        }
        return flags;
    }

    private static LocalDate date(LegacyField field, String value) {
        try {
            return LocalDate.parse(value, value.contains("/") ? LATIN : ISO);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(ErrorCode.LEGACY_BAD_DATE, field.column(), field.column(), value);
        }
    }

    private static <E> E term(LegacyField field, String value, Map<String, E> vocabulary) {
        E found = vocabulary.get(key(value));
        if (found == null) {
            throw new InvalidValueException(ErrorCode.LEGACY_VALUE_NOT_RECOGNISED, field.column(), field.column(),
                    value, String.join(", ", vocabulary.keySet()));
        }
        return found;
    }

    /** "En trámite" and "EN_TRAMITE" are the same word. */
    private static String key(String value) {
        return NameKey.of(value).replace(' ', '_').toUpperCase(Locale.ROOT);
    }

    /** SIPROC's names of the enum's accepted values, then the legacy system's words for them. */
    private static <E extends Enum<E>> Map<String, E> vocabulary(Class<E> type, Set<E> accepted,
                                                                  Map<String, E> legacyWords) {
        Map<String, E> map = new LinkedHashMap<>();
        accepted.forEach(e -> map.put(e.name(), e));
        legacyWords.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> map.put(e.getKey(), e.getValue()));
        return java.util.Collections.unmodifiableMap(map);
    }

    private String code() {
        return profile.country().value();
    }

    /** The fields of one row and the problems found reading them. */
    private static final class Fields {
        final LegacyCaseRow row;
        final List<Problem> problems = new ArrayList<>(2);

        Fields(LegacyCaseRow row) {
            this.row = row;
        }

        /** The parsed value, or null when absent or refused (the refusal is recorded against the field). */
        <T> @Nullable T field(LegacyField field, Function<String, T> parse) {
            String value = row.value(field);
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (SiprocException e) {
                problems.add(new Problem(field, e));
                return null;
            }
        }

        /** As {@link #field}, with an absent value recorded as a problem. */
        <T> @Nullable T required(LegacyField field, Function<String, T> parse) {
            if (row.value(field) == null) {
                missing(field);
                return null;
            }
            return field(field, parse);
        }

        void missing(LegacyField field) {
            problems.add(new Problem(field, new InvalidValueException(ErrorCode.LEGACY_FIELD_REQUIRED, field.column(),
                    field.column())));
        }
    }
}
