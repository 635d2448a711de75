-- The referral inbox reads its three groups in index order (ADR 0031): new (SUBMITTED), waiting for a start
-- (ACCEPTED, WAITLISTED), and the rest, as lib/referrals/inbox-order.ts inboxGroup defines them. A generated
-- column, so that every writer (use cases, import, seed, test factories) gets it without code; the app never
-- writes it. Keep the CASE in step with inboxGroup (a test compares them for every status).
ALTER TABLE "Referral" ADD COLUMN "inboxGroup" SMALLINT GENERATED ALWAYS AS (
  CASE "status" WHEN 'SUBMITTED' THEN 0 WHEN 'ACCEPTED' THEN 1 WHEN 'WAITLISTED' THEN 1 ELSE 2 END
) STORED;

-- The inbox's index: a group in inbox order. The programme and case ids come last (as key columns: Prisma's
-- schema cannot state INCLUDE), so that the inbox's counts read no table rows of Referral (an index-only scan);
-- without them the planner read the whole table and sorted it for a group of 900 of the benchmark's 70,000
-- referrals (ADR 0031).
CREATE INDEX "Referral_organisationId_inboxGroup_submittedAt_id_programme_idx" ON "Referral"("organisationId", "inboxGroup", "submittedAt", "id", "programmeId", "caseId");
