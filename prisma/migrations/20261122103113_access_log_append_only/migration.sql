-- The access log is append-only: the database itself refuses UPDATE, DELETE and TRUNCATE,
-- so that not even a bug in the application can rewrite who looked at a citizen's data.
-- Tampering by someone with superuser rights is detected by the hash chain (npm run audit:verify).
CREATE OR REPLACE FUNCTION access_log_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AccessLog is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_log_no_update_delete
  BEFORE UPDATE OR DELETE ON "AccessLog"
  FOR EACH ROW EXECUTE FUNCTION access_log_append_only();

CREATE TRIGGER access_log_no_truncate
  BEFORE TRUNCATE ON "AccessLog"
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_append_only();
