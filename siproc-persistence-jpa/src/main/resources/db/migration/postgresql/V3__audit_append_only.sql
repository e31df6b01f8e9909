-- The audit trail is append-only: the database refuses to change or delete an entry. (The hash chain still
-- detects a change made by someone who can switch this trigger off.)
CREATE FUNCTION siproc_audit_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION siproc_audit_append_only();
