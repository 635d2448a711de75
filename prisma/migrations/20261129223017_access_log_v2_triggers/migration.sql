-- Access log v2 (docs/decisions/0009-access-log-v2.md).
--
-- 1. Every AccessLog row records the transaction that inserted it, whatever the inserting code
--    says: the sealer chains a row only after every transaction up to it has finished
--    (xid < pg_snapshot_xmin(pg_current_snapshot())), so rows that commit out of id order are
--    neither skipped nor sealed before they are visible.
CREATE OR REPLACE FUNCTION access_log_set_xid() RETURNS trigger AS $$
BEGIN
  NEW."xid" := pg_current_xact_id()::text::bigint;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_log_set_xid
  BEFORE INSERT ON "AccessLog"
  FOR EACH ROW EXECUTE FUNCTION access_log_set_xid();

-- 2. The seal chain and the checkpoints are append-only like the log itself. On PostgreSQL the
--    application's role additionally has no UPDATE/DELETE/TRUNCATE grant on these tables
--    (npm run db:grant); the triggers also hold for the owner until someone drops them, and
--    the keyed chain plus the checkpoints detect what happens after that.
CREATE OR REPLACE FUNCTION access_log_seal_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_log_seal_no_update_delete
  BEFORE UPDATE OR DELETE ON "AccessLogSeal"
  FOR EACH ROW EXECUTE FUNCTION access_log_seal_append_only();

CREATE TRIGGER access_log_seal_no_truncate
  BEFORE TRUNCATE ON "AccessLogSeal"
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_seal_append_only();

CREATE TRIGGER access_log_checkpoint_no_update_delete
  BEFORE UPDATE OR DELETE ON "AccessLogCheckpoint"
  FOR EACH ROW EXECUTE FUNCTION access_log_seal_append_only();

CREATE TRIGGER access_log_checkpoint_no_truncate
  BEFORE TRUNCATE ON "AccessLogCheckpoint"
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_seal_append_only();
