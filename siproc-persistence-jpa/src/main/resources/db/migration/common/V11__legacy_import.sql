-- Cases carried over from a legacy case system (see JdbcBulkCaseWriter, docs/cli-import.md).
-- The legacy number is the import's idempotency key. No foreign key to protection_case on purpose: the bookkeeping
-- of imports never holds up (nor is deleted with) a case, and bulk inserts need not check it row by row.
CREATE TABLE legacy_case (
    legacy_number VARCHAR(40)                 NOT NULL,
    case_id       UUID                        NOT NULL,
    case_number   VARCHAR(32)                 NOT NULL,
    source        VARCHAR(100)                NOT NULL,
    source_line   BIGINT                      NOT NULL,
    imported_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_legacy_case PRIMARY KEY (legacy_number),
    CONSTRAINT uq_legacy_case_number UNIQUE (case_number)
);

-- One row per imported source (e.g. a file's SHA-256): the last line a committed batch covered, so a re-run
-- continues after it.
CREATE TABLE legacy_import (
    source         VARCHAR(100)                NOT NULL,
    source_name    VARCHAR(200)                NOT NULL,
    committed_line BIGINT                      NOT NULL,
    imported       BIGINT                      NOT NULL,
    updated_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_legacy_import PRIMARY KEY (source)
);
