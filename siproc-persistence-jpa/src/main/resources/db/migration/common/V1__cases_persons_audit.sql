-- SIPROC schema, common to H2 and PostgreSQL. Owned by Flyway; Hibernate only validates it.
-- Timestamps are instants (TIMESTAMP WITH TIME ZONE, microseconds); codes and enums are stored by name.

CREATE TABLE person (
    id                  UUID                        NOT NULL,
    version             BIGINT                      NOT NULL,
    saved_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    given_names         VARCHAR(100)                NOT NULL,
    first_surname       VARCHAR(100)                NOT NULL,
    second_surname      VARCHAR(100),
    known_as            VARCHAR(100),
    name_key            VARCHAR(400)                NOT NULL,
    birth_kind          VARCHAR(10),
    birth_date          DATE,
    birth_year          INTEGER,
    estimated_age       INTEGER,
    estimated_on        DATE,
    birth_date_approx   DATE,
    sex                 VARCHAR(10)                 NOT NULL,
    gender_identity     VARCHAR(100),
    nationality         VARCHAR(2),
    origin_country      VARCHAR(2),
    origin_department   VARCHAR(10),
    origin_municipality VARCHAR(10),
    ethnicity           VARCHAR(100),
    merged_into         UUID,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT fk_person_merged_into FOREIGN KEY (merged_into) REFERENCES person (id)
);
CREATE INDEX ix_person_name_key ON person (name_key);
CREATE INDEX ix_person_birth_date ON person (birth_date_approx);
CREATE INDEX ix_person_merged_into ON person (merged_into);

CREATE TABLE person_document (
    person_id       UUID         NOT NULL,
    pos             INTEGER      NOT NULL,
    doc_type        VARCHAR(64)  NOT NULL,
    doc_number      VARCHAR(40)  NOT NULL,
    issuing_country VARCHAR(2)   NOT NULL,
    match_key       VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_person_document PRIMARY KEY (person_id, pos),
    CONSTRAINT fk_person_document FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_person_document_match_key ON person_document (match_key);

CREATE TABLE person_contact (
    person_id     UUID         NOT NULL,
    pos           INTEGER      NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    contact_value VARCHAR(300) NOT NULL,
    CONSTRAINT pk_person_contact PRIMARY KEY (person_id, pos),
    CONSTRAINT fk_person_contact FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE person_relative (
    person_id       UUID         NOT NULL,
    pos             INTEGER      NOT NULL,
    full_name       VARCHAR(200) NOT NULL,
    relationship    VARCHAR(60)  NOT NULL,
    contact         VARCHAR(300),
    in_home_country BOOLEAN      NOT NULL,
    CONSTRAINT pk_person_relative PRIMARY KEY (person_id, pos),
    CONSTRAINT fk_person_relative FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE person_language (
    person_id UUID        NOT NULL,
    pos       INTEGER     NOT NULL,
    language  VARCHAR(40) NOT NULL,
    CONSTRAINT pk_person_language PRIMARY KEY (person_id, pos),
    CONSTRAINT fk_person_language FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE person_flag (
    person_id UUID        NOT NULL,
    pos       INTEGER     NOT NULL,
    flag      VARCHAR(40) NOT NULL,
    CONSTRAINT pk_person_flag PRIMARY KEY (person_id, pos),
    CONSTRAINT fk_person_flag FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_person_flag ON person_flag (flag);

CREATE TABLE protection_case (
    id                 UUID                        NOT NULL,
    version            BIGINT                      NOT NULL,
    saved_at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    case_number        VARCHAR(32)                 NOT NULL,
    country            VARCHAR(2)                  NOT NULL,
    office             VARCHAR(8)                  NOT NULL,
    case_year          INTEGER                     NOT NULL,
    case_sequence      INTEGER                     NOT NULL,
    main_person_id     UUID                        NOT NULL,
    reporter_kind      VARCHAR(30)                 NOT NULL,
    reporter_name      VARCHAR(200),
    reporter_contact   VARCHAR(300),
    intake_channel     VARCHAR(30)                 NOT NULL,
    incident_date      DATE,
    incident_country   VARCHAR(2)                  NOT NULL,
    incident_region    VARCHAR(100),
    incident_city      VARCHAR(100),
    narrative          VARCHAR(50000)              NOT NULL,
    case_type          VARCHAR(64)                 NOT NULL,
    case_subtype       VARCHAR(64)                 NOT NULL,
    main_sex               VARCHAR(10)             NOT NULL,
    main_age_at_incident   INTEGER,
    main_origin_department VARCHAR(10),
    priority           VARCHAR(10)                 NOT NULL,
    priority_rule      VARCHAR(64),
    priority_reason    VARCHAR(500)                NOT NULL,
    priority_raised_by VARCHAR(120),
    assignee           VARCHAR(120),
    status             VARCHAR(20)                 NOT NULL,
    status_changed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    registered_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    registered_by      VARCHAR(120)                NOT NULL,
    next_due_at        TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_protection_case PRIMARY KEY (id),
    CONSTRAINT uq_case_number UNIQUE (case_number)
);
-- Case lists of an office by status, newest first; statistics by period.
CREATE INDEX ix_case_office_status ON protection_case (office, status, registered_at);
CREATE INDEX ix_case_registered_at ON protection_case (registered_at);
-- Overdue follow-ups and unanswered referrals: one comparison on the earliest due date.
CREATE INDEX ix_case_next_due ON protection_case (next_due_at);
CREATE INDEX ix_case_status_changed ON protection_case (status, status_changed_at);

-- The main person's vulnerability flags as recorded at intake (statistics by vulnerability).
CREATE TABLE case_vulnerability (
    case_id UUID        NOT NULL,
    pos     INTEGER     NOT NULL,
    flag    VARCHAR(40) NOT NULL,
    CONSTRAINT pk_case_vulnerability PRIMARY KEY (case_id, pos),
    CONSTRAINT fk_case_vulnerability FOREIGN KEY (case_id) REFERENCES protection_case (id)
);
CREATE INDEX ix_case_vulnerability_flag ON case_vulnerability (flag);

CREATE TABLE case_circumstance (
    case_id      UUID        NOT NULL,
    pos          INTEGER     NOT NULL,
    circumstance VARCHAR(64) NOT NULL,
    CONSTRAINT pk_case_circumstance PRIMARY KEY (case_id, pos),
    CONSTRAINT fk_case_circumstance FOREIGN KEY (case_id) REFERENCES protection_case (id)
);

CREATE TABLE case_person (
    case_id   UUID    NOT NULL,
    pos       INTEGER NOT NULL,
    person_id UUID    NOT NULL,
    CONSTRAINT pk_case_person PRIMARY KEY (case_id, pos),
    CONSTRAINT fk_case_person_case FOREIGN KEY (case_id) REFERENCES protection_case (id),
    CONSTRAINT fk_case_person_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_case_person_person ON case_person (person_id);

CREATE TABLE case_consent (
    case_id     UUID                        NOT NULL,
    pos         INTEGER                     NOT NULL,
    purpose     VARCHAR(20)                 NOT NULL,
    state       VARCHAR(20)                 NOT NULL,
    basis       VARCHAR(20)                 NOT NULL,
    note        VARCHAR(2000),
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(120)                NOT NULL,
    CONSTRAINT pk_case_consent PRIMARY KEY (case_id, pos),
    CONSTRAINT fk_case_consent FOREIGN KEY (case_id) REFERENCES protection_case (id)
);

CREATE TABLE case_attachment (
    case_id     UUID                        NOT NULL,
    pos         INTEGER                     NOT NULL,
    id          UUID                        NOT NULL,
    file_name   VARCHAR(255)                NOT NULL,
    media_type  VARCHAR(100)                NOT NULL,
    size_bytes  BIGINT                      NOT NULL,
    sha256      VARCHAR(64)                 NOT NULL,
    attached_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    attached_by VARCHAR(120)                NOT NULL,
    CONSTRAINT pk_case_attachment PRIMARY KEY (case_id, pos),
    CONSTRAINT fk_case_attachment FOREIGN KEY (case_id) REFERENCES protection_case (id)
);

CREATE TABLE case_action (
    case_id     UUID                        NOT NULL,
    pos         INTEGER                     NOT NULL,
    id          UUID                        NOT NULL,
    kind        VARCHAR(30)                 NOT NULL,
    occurred_on TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(120)                NOT NULL,
    action_text VARCHAR(20000)              NOT NULL,
    corrects    UUID,
    CONSTRAINT pk_case_action PRIMARY KEY (case_id, pos),
    CONSTRAINT fk_case_action FOREIGN KEY (case_id) REFERENCES protection_case (id)
);

CREATE TABLE case_follow_up (
    case_id      UUID                        NOT NULL,
    pos          INTEGER                     NOT NULL,
    id           UUID                        NOT NULL,
    description  VARCHAR(1000)               NOT NULL,
    due_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    owner        VARCHAR(120)                NOT NULL,
    scheduled_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP(6) WITH TIME ZONE,
    outcome      VARCHAR(2000),
    CONSTRAINT pk_case_follow_up PRIMARY KEY (case_id, pos),
    CONSTRAINT fk_case_follow_up FOREIGN KEY (case_id) REFERENCES protection_case (id)
);
-- Follow-ups falling due (an officer's agenda, reminders).
CREATE INDEX ix_follow_up_due ON case_follow_up (due_at, completed_at);
CREATE INDEX ix_follow_up_owner ON case_follow_up (owner, due_at);

CREATE TABLE case_status_change (
    case_id     UUID                        NOT NULL,
    pos         INTEGER                     NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20)                 NOT NULL,
    changed_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by  VARCHAR(120)                NOT NULL,
    reason      VARCHAR(1000),
    CONSTRAINT pk_case_status_change PRIMARY KEY (case_id, pos),
    CONSTRAINT fk_case_status_change FOREIGN KEY (case_id) REFERENCES protection_case (id)
);

CREATE TABLE case_referral (
    id              UUID                        NOT NULL,
    case_id         UUID                        NOT NULL,
    pos             INTEGER                     NOT NULL,
    institution     VARCHAR(64)                 NOT NULL,
    reason          VARCHAR(500)                NOT NULL,
    rule_id         VARCHAR(64),
    status          VARCHAR(20)                 NOT NULL,
    sharing_basis   VARCHAR(20),
    shared_data     VARCHAR(30),
    response_due_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_case_referral PRIMARY KEY (id),
    CONSTRAINT fk_case_referral FOREIGN KEY (case_id) REFERENCES protection_case (id)
);
CREATE INDEX ix_referral_case ON case_referral (case_id);
CREATE INDEX ix_referral_institution ON case_referral (institution, status);

CREATE TABLE referral_step (
    referral_id UUID                        NOT NULL,
    pos         INTEGER                     NOT NULL,
    status      VARCHAR(20)                 NOT NULL,
    step_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    step_by     VARCHAR(120)                NOT NULL,
    note        VARCHAR(2000),
    CONSTRAINT pk_referral_step PRIMARY KEY (referral_id, pos),
    CONSTRAINT fk_referral_step FOREIGN KEY (referral_id) REFERENCES case_referral (id)
);

-- Case-number sequences: one counter row per country, office and year (see JdbcCaseNumberSequence).
CREATE TABLE case_number_counter (
    country      VARCHAR(2) NOT NULL,
    office       VARCHAR(8) NOT NULL,
    counter_year INTEGER    NOT NULL,
    last_value   INTEGER    NOT NULL,
    CONSTRAINT pk_case_number_counter PRIMARY KEY (country, office, counter_year)
);

-- The audit trail: append-only, each entry hash-chained to the one before (see AuditChain).
CREATE TABLE audit_entry (
    seq         BIGINT                      NOT NULL,
    recorded_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    user_id     VARCHAR(120)                NOT NULL,
    user_role   VARCHAR(20)                 NOT NULL,
    origin      VARCHAR(200)                NOT NULL,
    action      VARCHAR(20)                 NOT NULL,
    event       VARCHAR(100)                NOT NULL,
    subject     VARCHAR(200)                NOT NULL,
    details     VARCHAR(10000)              NOT NULL,
    prev_hash   VARCHAR(64)                 NOT NULL,
    entry_hash  VARCHAR(64)                 NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (seq)
);
CREATE INDEX ix_audit_subject ON audit_entry (subject, seq);
CREATE INDEX ix_audit_recorded_at ON audit_entry (recorded_at);

-- The head of the chain: locked by every append, so appends are serialised and the chain stays linear;
-- it also remembers the last entry, so removing entries at the end is detected.
CREATE TABLE audit_chain_head (
    id        INTEGER     NOT NULL,
    last_seq  BIGINT      NOT NULL,
    last_hash VARCHAR(64) NOT NULL,
    CONSTRAINT pk_audit_chain_head PRIMARY KEY (id)
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
