package org.siproc.persistence.jpa.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.siproc.core.domain.casefile.ActionKind;
import org.siproc.core.domain.casefile.CaseClassification;
import org.siproc.core.domain.casefile.CaseStatus;
import org.siproc.core.domain.casefile.IntakeChannel;
import org.siproc.core.domain.casefile.ReferralStatus;
import org.siproc.core.domain.casefile.ReporterKind;
import org.siproc.core.domain.person.NameKey;
import org.siproc.core.domain.person.Sex;
import org.siproc.core.domain.person.VulnerabilityFlag;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.profile.CaseSubtypeDefinition;
import org.siproc.core.profile.CaseTypeDefinition;
import org.siproc.core.profile.CountryProfile;
import org.siproc.core.profile.Institution;
import org.siproc.core.profile.Office;
import org.siproc.core.profile.Territory;
import org.siproc.core.rules.CaseFacts;
import org.siproc.core.rules.RuleEvaluation;

/**
 * Generated cases for the statistics benchmark, written straight into the schema with JDBC batches (not through
 * the use cases: registration has its own benchmark). Seeded: case {@code i} of a seed is always the same case, on
 * any database, so PostgreSQL and H2 hold the same data.
 *
 * <p>The skew follows the country profile and what consular protection sees: most cases in a few consulates in
 * Mexico and the USA, migratory cases the largest type (the first subtypes of a type the commonest), 60 % men, 15 %
 * children, the departments of origin weighted towards Cortés, Francisco Morazán and Yoro, 0–3 vulnerability flags
 * besides the ones derived from the age, the priority the profile's triage rules give, registrations spread evenly
 * over three years (2023–2025), about 60 % of cases with an action, about 40 % closed, 0–2 referrals (to the
 * institutions the rules suggest) and 1–3 follow-ups per case. Nothing happens after {@link #NOW}, the report date.
 *
 * <p>Each case has its main person ({@code person}, {@code case_person}), its vulnerability flags, status history,
 * actions, follow-ups, referrals and referral steps. Consents, attachments and circumstances are left out: no
 * statistic reads them.
 */
final class GeneratedCases {
    /** Registrations start here ... */
    static final Instant FIRST = Instant.parse("2023-01-01T00:00:00Z");
    /** ... and end here (three years). */
    static final Instant END = Instant.parse("2026-01-01T00:00:00Z");
    /** The report date: the state of every generated case is its state at this moment. */
    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    private static final long CASE_TAG = 0x5150CA5EL;
    private static final long PERSON_TAG = 0x5150BE25L;
    private static final long ITEM_TAG = 0x515017E5L;
    private static final int BATCH = 500;

    /** Cases per office (relative); offices not named get weight 1. */
    private static final Map<String, Integer> OFFICE_WEIGHTS = Map.ofEntries(Map.entry("MXTAP", 30),
            Map.entry("USHOU", 14), Map.entry("USLAX", 10), Map.entry("MXCDM", 9), Map.entry("MXVHS", 8),
            Map.entry("USNYC", 7), Map.entry("USMIA", 6), Map.entry("MXSLP", 5), Map.entry("USNOL", 5),
            Map.entry("USATL", 4), Map.entry("MXMTY", 4), Map.entry("USCHI", 3), Map.entry("USDAL", 3),
            Map.entry("MXVER", 3), Map.entry("MXTIJ", 3), Map.entry("USWAS", 2), Map.entry("ESMAD", 2));
    private static final Map<String, Integer> TYPE_WEIGHTS = Map.of("MIGRATORY", 40, "CRIMINAL", 12, "HUMAN_RIGHTS", 8,
            "FAMILY", 8, "ASSISTANCE", 7, "HEALTH", 6, "DECEASED", 6, "MISSING", 6, "LABOR", 5, "RETURN", 2);
    /** Departments of origin (Honduras); others get weight 2. */
    private static final Map<String, Integer> DEPARTMENT_WEIGHTS = Map.of("05", 20, "08", 16, "18", 10, "15", 8,
            "01", 7, "03", 6, "16", 6, "04", 5, "07", 5, "06", 4);
    private static final List<VulnerabilityFlag> OTHER_FLAGS = List.of(VulnerabilityFlag.DISPLACED_BY_VIOLENCE,
            VulnerabilityFlag.DEPRIVED_OF_LIBERTY, VulnerabilityFlag.INTERNATIONAL_PROTECTION_NEED,
            VulnerabilityFlag.SINGLE_PARENT, VulnerabilityFlag.INDIGENOUS_OR_AFRO_DESCENDANT,
            VulnerabilityFlag.DISABILITY, VulnerabilityFlag.SGBV_SURVIVOR, VulnerabilityFlag.LGBTI,
            VulnerabilityFlag.PREGNANT, VulnerabilityFlag.SERIOUS_MEDICAL_CONDITION,
            VulnerabilityFlag.TRAFFICKING_INDICATORS);
    private static final int[] OTHER_FLAG_WEIGHTS = {30, 20, 15, 10, 8, 6, 5, 4, 4, 3, 2};
    private static final IntakeChannel[] CHANNELS = {IntakeChannel.IN_PERSON, IntakeChannel.PHONE,
            IntakeChannel.DETENTION_VISIT, IntakeChannel.CALL_CENTRE, IntakeChannel.EMAIL,
            IntakeChannel.PARTNER_REFERRAL, IntakeChannel.HOSPITAL_VISIT, IntakeChannel.OTHER};
    private static final int[] CHANNEL_WEIGHTS = {35, 25, 15, 10, 5, 5, 3, 2};
    private static final ReporterKind[] REPORTERS = {ReporterKind.THE_PERSON, ReporterKind.RELATIVE,
            ReporterKind.DETENTION_CENTRE_VISIT, ReporterKind.AUTHORITY, ReporterKind.PARTNER_ORGANISATION};
    private static final int[] REPORTER_WEIGHTS = {50, 30, 10, 6, 4};
    private static final ActionKind[] ACTIONS = {ActionKind.INTERVIEW, ActionKind.CALL,
            ActionKind.VISIT_DETENTION_CENTRE, ActionKind.LEGAL_ADVICE, ActionKind.DOCUMENT_ISSUED, ActionKind.NOTE};
    private static final String[] NARRATIVES = {
            "Retenido en la estación migratoria desde hace tres días; pide comunicarse con su familia en Honduras y"
                    + " asistencia para el retorno.",
            "La familia informa que no tiene noticias desde que cruzó la frontera norte hace dos semanas; último"
                    + " contacto por mensaje de texto desde un albergue.",
            "Detenido por la policía local; solicita notificación consular, visita y orientación sobre defensa"
                    + " pública en su idioma.",
            "Hospitalizado tras un accidente en el trayecto; requiere apoyo para comunicarse con sus familiares y"
                    + " evaluar la repatriación.",
            "Reporta extorsión por parte de un grupo delictivo durante el tránsito; teme por su vida y la de sus"
                    + " hijos.",
            "Solicita constancia de nacionalidad para regularizar su situación migratoria y acceder a empleo formal."};

    private final CountryProfile profile;
    private final long seed;
    private final Weighted<Office> offices;
    private final Weighted<CaseTypeDefinition> types;
    private final Map<String, Weighted<CaseSubtypeDefinition>> subtypes = new HashMap<>();
    private final Weighted<@Nullable String> departments;
    private final Weighted<Institution> institutions;
    private final Weighted<VulnerabilityFlag> otherFlags;
    private final Weighted<IntakeChannel> channels;
    private final Weighted<ReporterKind> reporters;
    private final Map<String, Integer> sequences = new HashMap<>();

    GeneratedCases(CountryProfile profile, long seed) {
        this.profile = profile;
        this.seed = seed;
        this.offices = Weighted.of(profile.offices(), o -> OFFICE_WEIGHTS.getOrDefault(o.code().value(), 1));
        this.types = Weighted.of(profile.caseTypes(), t -> TYPE_WEIGHTS.getOrDefault(t.code(), 3));
        for (CaseTypeDefinition t : profile.caseTypes()) {
            List<CaseSubtypeDefinition> list = t.subtypes();
            // The first subtypes of the catalogue are the common ones: weight 12/1, 12/2, 12/3, ...
            subtypes.put(t.code(), Weighted.of(list, s -> Math.max(1, 12 / (list.indexOf(s) + 1))));
        }
        List<@Nullable String> codes = new ArrayList<>();
        profile.territory().departments().stream().map(Territory.Department::code).forEach(codes::add);
        codes.add(null); // unknown origin
        this.departments = Weighted.of(codes, d -> d == null ? 8 : DEPARTMENT_WEIGHTS.getOrDefault(d, 2));
        this.institutions = Weighted.of(profile.institutions(), i -> 1);
        this.otherFlags = Weighted.of(OTHER_FLAGS, f -> OTHER_FLAG_WEIGHTS[OTHER_FLAGS.indexOf(f)]);
        this.channels = Weighted.of(List.of(CHANNELS), c -> CHANNEL_WEIGHTS[List.of(CHANNELS).indexOf(c)]);
        this.reporters = Weighted.of(List.of(REPORTERS), r -> REPORTER_WEIGHTS[List.of(REPORTERS).indexOf(r)]);
    }

    /** What {@link #write} wrote. */
    record Written(int cases, long rows, double seconds) {
    }

    /**
     * Writes cases {@code 0 … count-1} (registered in that order between {@link #FIRST} and {@link #END}) in batches
     * of {@value #BATCH} cases per transaction, then the case-number counters.
     */
    Written write(DataSource dataSource, int count, @Nullable Progress progress) throws SQLException {
        long start = System.nanoTime();
        long rows = 0;
        sequences.clear();
        try (Connection c = dataSource.getConnection(); Statements s = new Statements(c)) {
            c.setAutoCommit(false);
            for (int i = 0; i < count; i++) {
                rows += generate(i, count).write(s);
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    s.execute();
                    c.commit();
                    if (progress != null) {
                        progress.done(i + 1, rows);
                    }
                }
            }
            try (PreparedStatement counter = c.prepareStatement(
                    "INSERT INTO case_number_counter (country, office, counter_year, last_value) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, Integer> e : sequences.entrySet()) {
                    String[] key = e.getKey().split("/");
                    counter.setString(1, profile.country().value());
                    counter.setString(2, key[0]);
                    counter.setInt(3, Integer.parseInt(key[1]));
                    counter.setInt(4, e.getValue());
                    counter.addBatch();
                    rows++;
                }
                counter.executeBatch();
            }
            c.commit();
        }
        return new Written(count, rows, (System.nanoTime() - start) / 1e9);
    }

    /** Told after every committed batch. */
    @FunctionalInterface
    interface Progress {
        void done(int cases, long rows);
    }

    // ---- one case ---------------------------------------------------------------------------------------------

    private GeneratedCase generate(int i, int count) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        long span = Duration.between(FIRST, END).getSeconds();
        Instant registered = FIRST.plusSeconds(span * i / count + r.nextLong(Math.max(1, span / count)))
                .truncatedTo(ChronoUnit.SECONDS);
        LocalDate registeredDay = registered.atOffset(ZoneOffset.UTC).toLocalDate();
        GeneratedCase g = new GeneratedCase();
        g.id = new UUID(CASE_TAG, i);
        g.personId = new UUID(PERSON_TAG, i);
        g.index = i;
        g.registered = registered;
        g.office = offices.pick(r);
        g.year = registeredDay.getYear();
        g.sequence = sequences.merge(g.office.code().value() + "/" + g.year, 1, Integer::sum);
        g.officer = "officer." + g.office.code().value().toLowerCase(Locale.ROOT);
        String officeCountry = g.office.country().value();
        g.incidentCountry = officeCountry.equals(profile.country().value()) || r.nextInt(10) == 0
                ? (r.nextInt(3) == 0 ? "US" : r.nextInt(4) == 0 ? "GT" : "MX") : officeCountry;
        CaseTypeDefinition type = types.pick(r);
        g.type = type.code();
        g.subtype = subtypes.get(type.code()).pick(r).code();
        int sexRoll = r.nextInt(1000);
        g.sex = sexRoll < 600 ? Sex.M : sexRoll < 985 ? Sex.F : sexRoll < 992 ? Sex.X : Sex.UNKNOWN;
        g.incidentDate = r.nextInt(100) < 3 ? null : registeredDay.minusDays(r.nextInt(7));
        int ageRoll = r.nextInt(100);
        // Children skew to teenagers; adults to their twenties and thirties.
        g.age = ageRoll < 15 ? Integer.valueOf(17 - (int) (r.nextDouble() * r.nextDouble() * 18))
                : ageRoll < 91 ? Integer.valueOf(18 + (int) Math.min(41, Math.abs(nextGaussian(r)) * 12))
                : ageRoll < 95 ? Integer.valueOf(60 + r.nextInt(25)) : null;
        LocalDate ageDay = g.incidentDate == null ? registeredDay : g.incidentDate;
        g.born = g.age == null ? null : ageDay.minusYears(g.age).minusDays(1 + r.nextInt(364));
        g.department = departments.pick(r);
        g.flags = flags(r, g);
        g.channel = channels.pick(r);
        g.reporter = reporters.pick(r);
        g.narrative = NARRATIVES[r.nextInt(NARRATIVES.length)];
        Long hours = g.incidentDate == null ? null
                : Duration.between(g.incidentDate.atStartOfDay().toInstant(ZoneOffset.UTC), registered).toHours();
        RuleEvaluation triage = profile.rules().evaluate(new CaseFacts(new CaseClassification(g.type, g.subtype),
                g.flags, g.age == null ? OptionalInt.empty() : OptionalInt.of(g.age), CountryCode.of(g.incidentCountry),
                hours, g.channel));
        g.priority = triage.priority().priority().name();
        g.priorityRule = triage.priority().ruleId();
        g.priorityReason = triage.priority().reason();
        history(r, g);
        actions(r, g);
        followUps(r, g);
        referrals(r, g, triage.referrals());
        return g;
    }

    private Set<VulnerabilityFlag> flags(SplittableRandom r, GeneratedCase g) {
        Set<VulnerabilityFlag> flags = EnumSet.noneOf(VulnerabilityFlag.class);
        if (g.age != null && g.age < 18) {
            flags.add(VulnerabilityFlag.CHILD);
            int roll = r.nextInt(10);
            if (roll < 3) {
                flags.add(VulnerabilityFlag.UNACCOMPANIED_CHILD);
            } else if (roll < 4) {
                flags.add(VulnerabilityFlag.SEPARATED_CHILD);
            }
        }
        if (g.age != null && g.age >= 60) {
            flags.add(VulnerabilityFlag.OLDER_PERSON);
        }
        int roll = r.nextInt(100);
        int more = roll < 55 ? 0 : roll < 85 ? 1 : roll < 96 ? 2 : 3;
        for (int k = 0; k < more; k++) {
            VulnerabilityFlag f = otherFlags.pick(r);
            if (f != VulnerabilityFlag.PREGNANT || g.sex == Sex.F) {
                flags.add(f);
            }
        }
        return flags;
    }

    /** REGISTERED, then about 40 % of cases along the workflow to CLOSED (a few reopened or archived). */
    private static void history(SplittableRandom r, GeneratedCase g) {
        g.step(null, CaseStatus.REGISTERED, g.registered);
        boolean closing = r.nextInt(100) < 42;
        int openStop = r.nextInt(100); // where an open case stops
        if (!closing && openStop < 25) {
            return;
        }
        Instant t = g.registered.plus(Duration.ofMinutes(30 + r.nextInt(48 * 60)));
        if (!g.step(CaseStatus.REGISTERED, CaseStatus.IN_ASSESSMENT, t) || !closing && openStop < 45) {
            return;
        }
        t = t.plus(Duration.ofMinutes(30 + r.nextInt(72 * 60)));
        if (!g.step(CaseStatus.IN_ASSESSMENT, CaseStatus.IN_PROGRESS, t) || !closing && openStop < 80) {
            return;
        }
        if (!closing && openStop < 95) {
            g.step(CaseStatus.IN_PROGRESS, CaseStatus.AWAITING_RESPONSE, t.plus(Duration.ofDays(1 + r.nextInt(20))));
            return;
        }
        t = t.plus(Duration.ofHours((long) (24 * 20 * Math.exp(nextGaussian(r) * 0.8))));
        if (!g.step(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, t) || !closing) {
            return;
        }
        t = t.plus(Duration.ofHours(2 + r.nextInt(10 * 24)));
        if (!g.step(CaseStatus.RESOLVED, CaseStatus.CLOSED, t)) {
            return;
        }
        int after = r.nextInt(100);
        if (after < 4) {
            g.step(CaseStatus.CLOSED, CaseStatus.ARCHIVED, t.plus(Duration.ofDays(60 + r.nextInt(140))));
        } else if (after < 7) {
            t = t.plus(Duration.ofDays(5 + r.nextInt(25)));
            if (g.step(CaseStatus.CLOSED, CaseStatus.REOPENED, t)
                    && g.step(CaseStatus.REOPENED, CaseStatus.IN_PROGRESS, t = t.plus(Duration.ofHours(3)))
                    && g.step(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, t = t.plus(Duration.ofDays(3 + r.nextInt(20))))) {
                g.step(CaseStatus.RESOLVED, CaseStatus.CLOSED, t.plus(Duration.ofDays(1 + r.nextInt(5))));
            }
        }
    }

    /** Closed cases had actions; of the others, about a third. The first comes hours to days after registration. */
    private static void actions(SplittableRandom r, GeneratedCase g) {
        boolean closed = g.history.stream().anyMatch(h -> h.to == CaseStatus.CLOSED);
        if (!closed && r.nextInt(100) >= 33) {
            return;
        }
        Instant t = g.registered.plus(Duration.ofMinutes((long) (60 * 18 * Math.exp(nextGaussian(r) * 1.1))));
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n && t.isBefore(NOW); k++) {
            g.actions.add(new Item(ACTIONS[r.nextInt(ACTIONS.length)].name(), t, t, null, null));
            t = t.plus(Duration.ofHours(4 + r.nextInt(20 * 24)));
        }
    }

    /** 1–3 follow-ups a week apart; most done on time, some late, some never. */
    private static void followUps(SplittableRandom r, GeneratedCase g) {
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            Instant due = g.registered.plus(Duration.ofDays(7L * (k + 1))).plus(Duration.ofHours(r.nextInt(48)));
            Instant done = null;
            int roll = r.nextInt(100);
            if (roll < 60) {
                done = due.minus(Duration.ofHours(1 + r.nextInt(5 * 24)));
            } else if (roll < 78) {
                done = due.plus(Duration.ofHours(1 + r.nextInt(10 * 24)));
            }
            if (done != null && done.isAfter(NOW)) {
                done = null;
            }
            g.followUps.add(new Item("Llamar para conocer la situación", g.registered, due, done,
                    done == null ? null : "Contactado"));
        }
    }

    /** 0–2 referrals, to the institutions the rules suggest when they suggest any; answered over days or weeks. */
    private void referrals(SplittableRandom r, GeneratedCase g, List<RuleEvaluation.SuggestedReferral> suggested) {
        int roll = r.nextInt(100);
        int n = roll < 45 ? 0 : roll < 80 ? 1 : 2;
        Set<String> used = new java.util.HashSet<>();
        for (int k = 0; k < n; k++) {
            String institution;
            String rule = null;
            String reason;
            if (k < suggested.size()) {
                institution = suggested.get(k).institution();
                rule = suggested.get(k).ruleId();
                reason = suggested.get(k).reason();
            } else {
                institution = institutions.pick(r).code();
                reason = "Remitido por el funcionario";
            }
            if (!used.add(institution)) {
                continue;
            }
            GeneratedReferral ref = new GeneratedReferral(new UUID(ITEM_TAG, g.index * 4L + k), institution, rule, reason);
            g.referrals.add(ref);
            Instant t = g.registered.plus(Duration.ofMinutes(5));
            ref.step(ReferralStatus.SUGGESTED, t);
            if (r.nextInt(100) < 8) {
                ref.step(ReferralStatus.DISMISSED, t.plus(Duration.ofHours(1)));
                continue;
            }
            t = t.plus(Duration.ofHours(1 + r.nextInt(48)));
            if (!ref.step(ReferralStatus.SENT, t)) {
                continue;
            }
            ref.dueAt = t.plus(Duration.ofDays(10));
            int outcome = r.nextInt(100);
            if (outcome < 15) {
                continue;
            }
            if (outcome < 25) {
                ref.step(ReferralStatus.ACKNOWLEDGED, t.plus(Duration.ofHours(4 + r.nextInt(72))));
                continue;
            }
            t = t.plus(Duration.ofHours(6 + r.nextInt(20 * 24)));
            if (outcome < 40) {
                ref.step(ReferralStatus.DECLINED, t);
            } else if (ref.step(ReferralStatus.ACCEPTED, t) && outcome >= 65) {
                ref.step(ReferralStatus.COMPLETED, t.plus(Duration.ofDays(10 + r.nextInt(50))));
            }
        }
    }

    private static double nextGaussian(SplittableRandom r) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static OffsetDateTime at(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    // ---- rows -------------------------------------------------------------------------------------------------

    /** One history row, action or follow-up. */
    private record Item(String text, Instant first, Instant second, @Nullable Instant third, @Nullable String note) {
    }

    private static final class Transition {
        final @Nullable CaseStatus from;
        final CaseStatus to;
        final Instant at;

        Transition(@Nullable CaseStatus from, CaseStatus to, Instant at) {
            this.from = from;
            this.to = to;
            this.at = at;
        }
    }

    private static final class GeneratedReferral {
        final UUID id;
        final String institution;
        final @Nullable String rule;
        final String reason;
        final List<Map.Entry<ReferralStatus, Instant>> steps = new ArrayList<>();
        @Nullable Instant dueAt;

        GeneratedReferral(UUID id, String institution, @Nullable String rule, String reason) {
            this.id = id;
            this.institution = institution;
            this.rule = rule;
            this.reason = reason;
        }

        /** Adds the step when it happened before the report date; says whether it did. */
        boolean step(ReferralStatus status, Instant at) {
            if (!at.isBefore(NOW)) {
                return false;
            }
            steps.add(Map.entry(status, at));
            return true;
        }

        ReferralStatus status() {
            return steps.get(steps.size() - 1).getKey();
        }
    }

    private static final class GeneratedCase {
        UUID id;
        UUID personId;
        int index;
        Instant registered;
        Office office;
        int year;
        int sequence;
        String officer;
        String incidentCountry;
        String type;
        String subtype;
        Sex sex;
        @Nullable LocalDate incidentDate;
        @Nullable Integer age;
        @Nullable LocalDate born;
        @Nullable String department;
        Set<VulnerabilityFlag> flags;
        IntakeChannel channel;
        ReporterKind reporter;
        String narrative;
        String priority;
        @Nullable String priorityRule;
        String priorityReason;
        final List<Transition> history = new ArrayList<>();
        final List<Item> actions = new ArrayList<>();
        final List<Item> followUps = new ArrayList<>();
        final List<GeneratedReferral> referrals = new ArrayList<>();

        /** Adds the status change when it happened before the report date; says whether it did. */
        boolean step(@Nullable CaseStatus from, CaseStatus to, Instant at) {
            if (!at.isBefore(NOW)) {
                return false;
            }
            history.add(new Transition(from, to, at));
            return true;
        }

        /** The earliest open follow-up or unanswered referral due date (as the adapter keeps it). */
        @Nullable Instant nextDue() {
            Instant next = null;
            for (Item f : followUps) {
                if (f.third() == null && (next == null || f.second().isBefore(next))) {
                    next = f.second();
                }
            }
            for (GeneratedReferral ref : referrals) {
                boolean awaiting = ref.status() == ReferralStatus.SENT || ref.status() == ReferralStatus.ACKNOWLEDGED;
                if (awaiting && ref.dueAt != null && (next == null || ref.dueAt.isBefore(next))) {
                    next = ref.dueAt;
                }
            }
            return next;
        }

        /** Adds the case's rows to the batches; returns how many. */
        long write(Statements s) throws SQLException {
            Names.Generated name = Names.person(index);
            long rows = batch(s.person, personId, at(NOW), name.given(), name.first(), name.second(),
                    NameKey.of(name.fullName()), born == null ? null : "EXACT", born, born, sex.name(), department);
            Transition last = history.get(history.size() - 1);
            rows += batch(s.protectionCase, id, at(NOW), String.format(Locale.ROOT, "%s-%s-%04d-%06d", "HN",
                    office.code().value(), year, sequence), office.code().value(), year, sequence, personId,
                    reporter.name(), channel.name(), incidentDate, incidentCountry, narrative, type, subtype, sex.name(),
                    age, department, priority, priorityRule, priorityReason, officer, last.to.name(), at(last.at),
                    at(registered), officer, at(nextDue()));
            rows += batch(s.casePerson, id, personId);
            int pos = 0;
            for (VulnerabilityFlag f : flags) { // EnumSet: in declaration order
                rows += batch(s.vulnerability, id, pos++, f.name());
            }
            pos = 0;
            String consul = "consul." + office.code().value().toLowerCase(Locale.ROOT);
            for (Transition h : history) {
                rows += batch(s.history, id, pos++, h.from == null ? null : h.from.name(), h.to.name(), at(h.at),
                        h.to == CaseStatus.CLOSED || h.to == CaseStatus.ARCHIVED ? consul : officer);
            }
            pos = 0;
            for (Item a : actions) {
                rows += batch(s.action, id, pos, new UUID(ITEM_TAG + 1, index * 4L + pos++), a.text(), at(a.first()),
                        at(a.second()), officer, "Seguimiento del caso");
            }
            pos = 0;
            for (Item f : followUps) {
                rows += batch(s.followUp, id, pos, new UUID(ITEM_TAG + 2, index * 4L + pos++), f.text(), at(f.second()),
                        officer, at(f.first()), at(f.third()), f.note());
            }
            pos = 0;
            for (GeneratedReferral ref : referrals) {
                boolean sent = ref.steps.stream().anyMatch(e -> e.getKey() == ReferralStatus.SENT);
                rows += batch(s.referral, ref.id, id, pos++, ref.institution, ref.reason, ref.rule, ref.status().name(),
                        sent ? "CONSENT" : null, sent ? "MINIMUM" : null, at(ref.dueAt));
                int step = 0;
                for (Map.Entry<ReferralStatus, Instant> e : ref.steps) {
                    boolean byOffice = e.getKey() == ReferralStatus.SUGGESTED || e.getKey() == ReferralStatus.SENT
                            || e.getKey() == ReferralStatus.DISMISSED;
                    rows += batch(s.step, ref.id, step++, e.getKey().name(), at(e.getValue()),
                            byOffice ? officer : ref.institution.toLowerCase(Locale.ROOT) + ".user");
                }
            }
            return rows;
        }
    }

    /** Adds one row to a batch: the values in the order of the statement's parameters (null for SQL NULL). */
    private static int batch(PreparedStatement statement, @Nullable Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
        statement.addBatch();
        return 1;
    }

    /** The prepared INSERTs, one per table, executed in foreign-key order. */
    private static final class Statements implements AutoCloseable {
        final PreparedStatement person;
        final PreparedStatement protectionCase;
        final PreparedStatement casePerson;
        final PreparedStatement vulnerability;
        final PreparedStatement history;
        final PreparedStatement action;
        final PreparedStatement followUp;
        final PreparedStatement referral;
        final PreparedStatement step;
        private final List<PreparedStatement> all;

        Statements(Connection c) throws SQLException {
            person = c.prepareStatement("INSERT INTO person (id, version, saved_at, given_names, first_surname,"
                    + " second_surname, name_key, birth_kind, birth_date, birth_date_approx, sex, nationality,"
                    + " origin_country, origin_department) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'HN', 'HN', ?)");
            protectionCase = c.prepareStatement("INSERT INTO protection_case (id, version, saved_at, case_number,"
                    + " country, office, case_year, case_sequence, main_person_id, reporter_kind, intake_channel,"
                    + " incident_date, incident_country, narrative, case_type, case_subtype, main_sex,"
                    + " main_age_at_incident, main_origin_department, priority, priority_rule, priority_reason,"
                    + " assignee, status, status_changed_at, registered_at, registered_by, next_due_at)"
                    + " VALUES (?, 1, ?, ?, 'HN', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            casePerson = c.prepareStatement("INSERT INTO case_person (case_id, pos, person_id) VALUES (?, 0, ?)");
            vulnerability = c.prepareStatement("INSERT INTO case_vulnerability (case_id, pos, flag) VALUES (?, ?, ?)");
            history = c.prepareStatement("INSERT INTO case_status_change (case_id, pos, from_status, to_status,"
                    + " changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)");
            action = c.prepareStatement("INSERT INTO case_action (case_id, pos, id, kind, occurred_on, recorded_at,"
                    + " recorded_by, action_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            followUp = c.prepareStatement("INSERT INTO case_follow_up (case_id, pos, id, description, due_at, owner,"
                    + " scheduled_at, completed_at, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            referral = c.prepareStatement("INSERT INTO case_referral (id, case_id, pos, institution, reason, rule_id,"
                    + " status, sharing_basis, shared_data, response_due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            step = c.prepareStatement("INSERT INTO referral_step (referral_id, pos, status, step_at, step_by)"
                    + " VALUES (?, ?, ?, ?, ?)");
            all = List.of(person, protectionCase, casePerson, vulnerability, history, action, followUp, referral, step);
        }

        void execute() throws SQLException {
            for (PreparedStatement s : all) {
                s.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : all) {
                s.close();
            }
        }
    }

    /** Picks items with probabilities proportional to their weights. */
    private static final class Weighted<T> {
        private final List<T> items;
        private final int[] cumulative;

        private Weighted(List<T> items, int[] cumulative) {
            this.items = items;
            this.cumulative = cumulative;
        }

        static <T> Weighted<T> of(List<T> items, java.util.function.ToIntFunction<T> weight) {
            int[] cumulative = new int[items.size()];
            int sum = 0;
            for (int i = 0; i < items.size(); i++) {
                sum += weight.applyAsInt(items.get(i));
                cumulative[i] = sum;
            }
            return new Weighted<>(new ArrayList<>(items), cumulative);
        }

        T pick(SplittableRandom r) {
            int x = r.nextInt(cumulative[cumulative.length - 1]);
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > x) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return items.get(lo);
        }
    }
}
