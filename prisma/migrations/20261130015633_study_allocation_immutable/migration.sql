-- A study allocation is written once and never changed (issue 14, ADR 0016): the database itself
-- refuses UPDATE and DELETE, so that not even a bug in the application can move a case to the
-- other arm. An auditor checks the recorded arms against the sequence from the revealed seed.
CREATE OR REPLACE FUNCTION study_allocation_immutable() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'StudyAllocation rows cannot be changed or deleted';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER study_allocation_no_update_delete
  BEFORE UPDATE OR DELETE ON "StudyAllocation"
  FOR EACH ROW EXECUTE FUNCTION study_allocation_immutable();
