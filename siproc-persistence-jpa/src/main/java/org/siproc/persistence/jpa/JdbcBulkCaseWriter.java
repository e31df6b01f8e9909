package org.siproc.persistence.jpa;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.siproc.core.application.port.out.BulkCaseWriter;
import org.siproc.core.domain.casefile.CaseNumber;
import org.siproc.core.domain.casefile.ProtectionCase;
import org.siproc.core.domain.shared.CountryCode;
import org.siproc.core.domain.shared.OfficeCode;
import org.siproc.core.domain.shared.VersionConflictException;
import org.siproc.persistence.jpa.CaseRows.ConsentRow;
import org.siproc.persistence.jpa.CaseRows.FollowUpRow;
import org.siproc.persistence.jpa.CaseRows.StatusChangeRow;
import org.siproc.persistence.jpa.PersonEntity.ContactRow;
import org.siproc.persistence.jpa.PersonEntity.DocumentRow;
import org.siproc.persistence.jpa.PersonEntity.RelativeRow;

/**
 * Adapter of the {@link BulkCaseWriter} port: writes a batch of imported cases with one JDBC batch per table on the
 * connection of the caller's transaction, bypassing Hibernate's persistence context (no dirty checking, no entity
 * graph per row). The rows are the ones {@link CaseMapper} and {@link PersonMapper} produce for a registration, so
 * an imported case reads back through {@link JpaProtectionCases} like any other. Case numbers come in blocks from the
 * live counters ({@link JdbcCaseNumberSequence#reserve}).
 */
final class JdbcBulkCaseWriter implements BulkCaseWriter {

    private static final int IN_LIST = 500;

    private final JpaTransactions transactions;
    private final JdbcCaseNumberSequence sequence;
    private final NameIndex names;
    private final Database database;

    JdbcBulkCaseWriter(JpaTransactions transactions, JdbcCaseNumberSequence sequence, NameIndex names,
                       Database database) {
        this.transactions = transactions;
        this.sequence = sequence;
        this.names = names;
        this.database = database;
    }

    /** A table's rows of one batch: {@code COPY … FROM STDIN} on PostgreSQL, a JDBC batch of INSERTs on H2. */
    private Rows rows(Connection c, String table, String columns) throws SQLException {
        return database == Database.POSTGRESQL ? new CopyRows(c, table, columns) : new BatchRows(c, table, columns);
    }

    @Override
    public void write(Batch batch) {
        withConnection(connection -> {
            try {
                insert(connection, batch);
            } catch (SQLException e) {
                if (Failures.isUniqueViolation(e)) {
                    VersionConflictException conflict = new VersionConflictException(batch.sourceName(), 0, 1);
                    conflict.initCause(e);
                    throw conflict;
                }
                throw e;
            }
            return null;
        });
    }

    private void insert(Connection c, Batch batch) throws SQLException {
        Instant savedAt = JpaProtectionCases.Stamps.next(null);
        List<PersonEntity> persons = new ArrayList<>(batch.cases().size());
        List<CaseEntity> cases = new ArrayList<>(batch.cases().size());
        for (ImportedCase imported : batch.cases()) {
            PersonEntity p = new PersonEntity();
            PersonMapper.write(imported.person(), p, savedAt);
            persons.add(p);
            ProtectionCase.Snapshot s = imported.protectionCase().snapshot();
            if (!s.referrals().isEmpty() || !s.actions().isEmpty() || !s.attachments().isEmpty()) {
                throw new IllegalArgumentException("an imported case carries no referrals, actions or attachments");
            }
            CaseEntity e = new CaseEntity();
            CaseMapper.write(s, e, savedAt);
            cases.add(e);
        }
        try (Rows person = rows(c, "person", "id, version, saved_at, given_names, first_surname, second_surname,"
                + " known_as, name_key, birth_kind, birth_date, birth_year, estimated_age, estimated_on,"
                + " birth_date_approx, sex, gender_identity, nationality, origin_country, origin_department,"
                + " origin_municipality, ethnicity, merged_into");
             Rows document = rows(c, "person_document", "person_id, pos, doc_type, doc_number, issuing_country,"
                     + " match_key");
             Rows contact = rows(c, "person_contact", "person_id, pos, kind, contact_value");
             Rows relative = rows(c, "person_relative", "person_id, pos, full_name, relationship, contact,"
                     + " in_home_country");
             Rows language = rows(c, "person_language", "person_id, pos, language");
             Rows flag = rows(c, "person_flag", "person_id, pos, flag")) {
            for (PersonEntity p : persons) {
                person.add(p.id, 1L, savedAt, p.givenNames, p.firstSurname, p.secondSurname, p.knownAs, p.nameKey,
                        p.birthKind, p.birthDate, p.birthYear, p.estimatedAge, p.estimatedOn, p.birthDateApprox,
                        p.sex, p.genderIdentity, p.nationality, p.originCountry, p.originDepartment,
                        p.originMunicipality, p.ethnicity, p.mergedInto);
                for (int i = 0; i < p.documents.size(); i++) {
                    DocumentRow d = p.documents.get(i);
                    document.add(p.id, i, d.type(), d.number(), d.issuingCountry(), d.matchKey());
                }
                for (int i = 0; i < p.contacts.size(); i++) {
                    ContactRow r = p.contacts.get(i);
                    contact.add(p.id, i, r.kind(), r.value());
                }
                for (int i = 0; i < p.relatives.size(); i++) {
                    RelativeRow r = p.relatives.get(i);
                    relative.add(p.id, i, r.fullName(), r.relationship(), r.contact(), r.inHomeCountry());
                }
                for (int i = 0; i < p.languages.size(); i++) {
                    language.add(p.id, i, p.languages.get(i));
                }
                for (int i = 0; i < p.flags.size(); i++) {
                    flag.add(p.id, i, p.flags.get(i));
                }
            }
            Rows.execute(person, document, contact, relative, language, flag);
        }
        indexNames(c, persons);
        try (Rows protectionCase = rows(c, "protection_case", "id, version, saved_at, case_number, country,"
                + " office, case_year, case_sequence, main_person_id, reporter_kind, reporter_name, reporter_contact,"
                + " intake_channel, incident_date, incident_country, incident_region, incident_city, narrative,"
                + " case_type, case_subtype, main_sex, main_age_at_incident, main_origin_department, priority,"
                + " priority_rule, priority_reason, priority_raised_by, assignee, status, status_changed_at,"
                + " registered_at, registered_by, next_due_at");
             Rows casePerson = rows(c, "case_person", "case_id, pos, person_id");
             Rows vulnerability = rows(c, "case_vulnerability", "case_id, pos, flag");
             Rows circumstance = rows(c, "case_circumstance", "case_id, pos, circumstance");
             Rows consent = rows(c, "case_consent", "case_id, pos, purpose, state, basis, note, recorded_at,"
                     + " recorded_by");
             Rows followUp = rows(c, "case_follow_up", "case_id, pos, id, description, due_at, owner,"
                     + " scheduled_at, completed_at, outcome");
             Rows history = rows(c, "case_status_change", "case_id, pos, from_status, to_status, changed_at,"
                     + " changed_by, reason");
             Rows legacy = rows(c, "legacy_case", "legacy_number, case_id, case_number, source, source_line,"
                     + " imported_at")) {
            for (int k = 0; k < cases.size(); k++) {
                CaseEntity e = cases.get(k);
                protectionCase.add(e.id, 1L, savedAt, e.caseNumber, e.country, e.office, e.caseYear, e.caseSequence,
                        e.mainPersonId, e.reporterKind, e.reporterName, e.reporterContact, e.channel, e.incidentDate,
                        e.incidentCountry, e.incidentRegion, e.incidentCity, e.narrative, e.caseType, e.caseSubtype,
                        e.mainSex, e.mainAgeAtIncident, e.mainOriginDepartment, e.priority, e.priorityRule,
                        e.priorityReason, e.priorityRaisedBy, e.assignee, e.status, e.statusChangedAt,
                        e.registeredAt, e.registeredBy, e.nextDueAt);
                for (int i = 0; i < e.persons.size(); i++) {
                    casePerson.add(e.id, i, e.persons.get(i));
                }
                for (int i = 0; i < e.mainFlags.size(); i++) {
                    vulnerability.add(e.id, i, e.mainFlags.get(i));
                }
                for (int i = 0; i < e.circumstances.size(); i++) {
                    circumstance.add(e.id, i, e.circumstances.get(i));
                }
                for (int i = 0; i < e.consents.size(); i++) {
                    ConsentRow r = e.consents.get(i);
                    consent.add(e.id, i, r.purpose(), r.state(), r.basis(), r.note(), r.recordedAt(), r.recordedBy());
                }
                for (int i = 0; i < e.followUps.size(); i++) {
                    FollowUpRow r = e.followUps.get(i);
                    followUp.add(e.id, i, r.id(), r.description(), r.dueAt(), r.owner(), r.scheduledAt(),
                            r.completedAt(), r.outcome());
                }
                for (int i = 0; i < e.history.size(); i++) {
                    StatusChangeRow r = e.history.get(i);
                    history.add(e.id, i, r.from(), r.to(), r.at(), r.by(), r.reason());
                }
                ImportedCase imported = batch.cases().get(k);
                legacy.add(imported.legacyNumber(), e.id, e.caseNumber, batch.source(), imported.line(), batch.at());
            }
            Rows.execute(protectionCase, casePerson, vulnerability, circumstance, consent, followUp, history, legacy);
        }
        checkpoint(c, batch);
    }

    /**
     * The name keys of the whole batch in one JDBC batch, sorted by key so the inserts walk the B-tree in order, and
     * the batch's words added to the vocabulary once (see {@link NameIndex}).
     */
    private void indexNames(Connection c, List<PersonEntity> persons) throws SQLException {
        List<NameKeyRow> keys = new ArrayList<>(persons.size() * 16);
        Set<String> words = new TreeSet<>();
        for (PersonEntity p : persons) {
            for (String key : NameBlocking.keys(p.nameKey)) {
                keys.add(new NameKeyRow(key, p.id));
            }
            words.addAll(NameBlocking.codes(p.nameKey));
        }
        Collections.sort(keys);
        try (Rows key = rows(c, "person_name_key", "block_key, person_id")) {
            for (NameKeyRow k : keys) {
                key.add(k.key(), k.person());
            }
            Rows.execute(key);
        }
        names.learn(words);
    }

    /** A row of {@code person_name_key}, in the table's key order. */
    private record NameKeyRow(String key, UUID person) implements Comparable<NameKeyRow> {
        @Override
        public int compareTo(NameKeyRow other) {
            int byKey = key.compareTo(other.key);
            return byKey != 0 ? byKey : person.compareTo(other.person);
        }
    }

    private void checkpoint(Connection c, Batch batch) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE legacy_import SET committed_line = ?,"
                + " imported = imported + ?, updated_at = ?, source_name = ? WHERE source = ?")) {
            BatchRows.bind(update, batch.lastLine(), (long) batch.cases().size(), batch.at(), batch.sourceName(),
                    batch.source());
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (Rows insert = rows(c, "legacy_import", "source, source_name, committed_line, imported, updated_at")) {
            insert.add(batch.source(), batch.sourceName(), batch.lastLine(), (long) batch.cases().size(), batch.at());
            Rows.execute(insert);
        }
    }

    @Override
    public Map<String, Reference> findImported(Collection<String> legacyNumbers) {
        Map<String, Reference> found = new HashMap<>();
        inChunks(new ArrayList<>(legacyNumbers), "SELECT legacy_number, case_number, source, source_line"
                + " FROM legacy_case WHERE legacy_number IN ", rs -> found.put(rs.getString(1),
                new Reference(rs.getString(1), CaseNumber.parse(rs.getString(2)), rs.getString(3), rs.getLong(4))));
        return found;
    }

    @Override
    public Map<CaseNumber, String> legacyNumbersOf(Collection<CaseNumber> numbers) {
        Map<CaseNumber, String> found = new HashMap<>();
        inChunks(numbers.stream().map(CaseNumber::toString).toList(), "SELECT case_number, legacy_number"
                + " FROM legacy_case WHERE case_number IN ", rs -> found.put(CaseNumber.parse(rs.getString(1)),
                rs.getString(2)));
        return found;
    }

    @Override
    public long checkpoint(String source) {
        return withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT committed_line FROM legacy_import WHERE source = ?")) {
                ps.setString(1, source);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    @Override
    public int reserveCaseNumbers(CountryCode country, OfficeCode office, int year, int count) {
        return sequence.reserve(country, office, year, count);
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private void inChunks(List<String> keys, String select, RowReader reader) {
        if (keys.isEmpty()) {
            return;
        }
        withConnection(c -> {
            for (int from = 0; from < keys.size(); from += IN_LIST) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_LIST));
                try (PreparedStatement ps = c.prepareStatement(select + "(" + String.join(",",
                        Collections.nCopies(chunk.size(), "?")) + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setString(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            reader.read(rs);
                        }
                    }
                }
            }
            return null;
        });
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs on the connection of the caller's transaction, or of a transaction of its own. */
    private <T> T withConnection(Work<T> work) {
        return transactions.withEntityManager(em -> em.unwrap(Session.class).doReturningWork(work::run));
    }

    /** One table's rows of a batch; {@link #execute} the tables in foreign-key order. */
    private abstract static class Rows implements AutoCloseable {
        private boolean pending;

        abstract void append(@Nullable Object... values) throws SQLException;

        abstract void write() throws SQLException;

        final void add(@Nullable Object... values) throws SQLException {
            append(values);
            pending = true;
        }

        static void execute(Rows... tables) throws SQLException {
            for (Rows table : tables) {
                if (table.pending) {
                    table.write();
                    table.pending = false;
                }
            }
        }

        @Override
        public void close() throws SQLException {
        }
    }

    /** A table's INSERT as a JDBC batch. */
    private static final class BatchRows extends Rows {
        private final PreparedStatement statement;

        BatchRows(Connection connection, String table, String columns) throws SQLException {
            int count = columns.split(",").length;
            this.statement = connection.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES ("
                    + String.join(", ", Collections.nCopies(count, "?")) + ")");
        }

        @Override
        void append(@Nullable Object... values) throws SQLException {
            bind(statement, values);
            statement.addBatch();
        }

        static void bind(PreparedStatement statement, @Nullable Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                statement.setObject(i + 1, v instanceof Instant instant ? OffsetDateTime.ofInstant(instant,
                        ZoneOffset.UTC) : v);
            }
        }

        @Override
        void write() throws SQLException {
            statement.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    /**
     * A table's rows as one PostgreSQL {@code COPY … FROM STDIN} in text format: a bulk load the server parses
     * several times faster than the same rows as INSERTs, with the same constraints checked and the same
     * transaction.
     */
    private static final class CopyRows extends Rows {
        private final CopyManager copy;
        private final String sql;
        private final StringBuilder text = new StringBuilder(1 << 16);

        CopyRows(Connection connection, String table, String columns) throws SQLException {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
            this.sql = "COPY " + table + " (" + columns + ") FROM STDIN";
        }

        @Override
        void append(@Nullable Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendValue(values[i]);
            }
            text.append('\n');
        }

        /** A value in COPY's text format: {@code \N} for null, backslash escapes for the separators. */
        private void appendValue(@Nullable Object v) {
            if (v == null) {
                text.append("\\N");
            } else if (v instanceof Instant instant) {
                text.append(instant); // ISO 8601 in UTC ("2026-05-04T10:00:00Z"), which timestamptz reads
            } else if (v instanceof Boolean b) {
                text.append(b ? 't' : 'f');
            } else if (v instanceof String string) {
                for (int k = 0; k < string.length(); k++) {
                    char ch = string.charAt(k);
                    switch (ch) {
                        case '\\' -> text.append("\\\\");
                        case '\n' -> text.append("\\n");
                        case '\r' -> text.append("\\r");
                        case '\t' -> text.append("\\t");
                        default -> text.append(ch);
                    }
                }
            } else if (v instanceof Number || v instanceof UUID || v instanceof LocalDate) {
                text.append(v);
            } else {
                throw new IllegalArgumentException("no COPY text form for " + v.getClass().getName());
            }
        }

        @Override
        void write() throws SQLException {
            try {
                copy.copyIn(sql, new StringReader(text.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY failed: " + sql, e);
            }
            text.setLength(0);
        }
    }
}
