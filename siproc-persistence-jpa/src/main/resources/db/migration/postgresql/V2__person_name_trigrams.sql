-- Name search on PostgreSQL: a GIN trigram index on the accent-free name key (see PostgresNameIndex).
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_person_name_key_trgm ON person USING gin (name_key gin_trgm_ops);
