// Recomputes one case's deadlines with its organisation's active ruleset and stores the next one
// on the case. The runner calls it once per changed case before commit (`ctx.caseChanged`), so a
// use case never calls it itself. The stored date only depends on the facts (and, for an exemption
// that begins after a missed deadline, on the day it begins), so it stays right as days pass; its
// state (overdue, due soon) is computed at read time from today.
//
// This is a system step (lib/domain/run-system-job.ts): the deadlines are derived from the case's
// facts whoever caused the change (a therapist starting a programme changes a jobcenter case's
// deadlines without being allowed to read the case), so the ruleset is read organisation-wide.
import type { CaseFacts, DeadlineReport } from "@/lib/rules";
import { NotFoundError } from "@/lib/domain/errors";
import type { Tx } from "@/lib/domain/scoped-finders";
import { systemContext } from "@/lib/domain/run-system-job";
import { activeVersions, reportsOf, FACTS_SELECT, storeNextDeadline, toCaseFacts } from "./case-facts";

/** The case by id (the caller found it through a scope) with its organisation's jurisdiction. */
async function loadRow(tx: Tx, caseId: string) {
  const row = await tx.sickLeaveCase.findUnique({
    where: { id: caseId },
    select: { ...FACTS_SELECT, organisationId: true, department: { select: { organisation: { select: { jurisdiction: true } } } } },
  });
  if (!row) throw new NotFoundError("case");
  return { row, jurisdiction: row.department.organisation.jurisdiction, organisationId: row.organisationId };
}

/** The rules engine's view of one case and the jurisdiction it falls under (the caller found the case through a scope). */
export async function loadCaseFacts(
  tx: Tx,
  caseId: string,
): Promise<{ facts: CaseFacts; jurisdiction: string; organisationId: string; voided: boolean }> {
  const { row, jurisdiction, organisationId } = await loadRow(tx, caseId);
  return { facts: toCaseFacts(row), jurisdiction, organisationId, voided: row.voidedAt !== null };
}

/**
 * Recomputes one case's deadlines on `today` (a Danish calendar day) under the organisation's dated
 * rule versions, stores the next one on the case, and returns the report (null for a voided case or
 * a jurisdiction without rules).
 * @throws NotFoundError when no case has this id.
 */
export async function recomputeCaseDeadline(tx: Tx, caseId: string, today: Date): Promise<DeadlineReport | null> {
  const { row, jurisdiction, organisationId } = await loadRow(tx, caseId);
  const sys = systemContext(tx, organisationId, new Date(), today);
  const reports = reportsOf(row, jurisdiction, await activeVersions(sys.read, jurisdiction), today);
  await storeNextDeadline(tx, row, reports, today);
  return reports.report;
}
