-- Written by hand: PostgreSQL's counterpart of the SQLite triggers in
-- prisma/migrations/20261124050000_audit_log (Prisma's schema cannot express triggers).
-- Append-only: the database itself refuses to change or remove an entry.
CREATE FUNCTION "AuditEntry_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        RAISE EXCEPTION 'The audit log is append-only: entries cannot be changed.';
    END IF;
    RAISE EXCEPTION 'The audit log is append-only: entries cannot be deleted.';
END;
$$;

CREATE TRIGGER "AuditEntry_no_update" BEFORE UPDATE ON "AuditEntry"
    FOR EACH ROW EXECUTE FUNCTION "AuditEntry_refuse_change"();

CREATE TRIGGER "AuditEntry_no_delete" BEFORE DELETE ON "AuditEntry"
    FOR EACH ROW EXECUTE FUNCTION "AuditEntry_refuse_change"();

-- TRUNCATE bypasses row triggers; SQLite has no TRUNCATE.
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
    FOR EACH STATEMENT EXECUTE FUNCTION "AuditEntry_refuse_change"();
