// Records the day of the employer's own conversation with the citizen (week 4) or of the
// benefit-extension assessment (before week 22): the rules engine then treats that deadline as met.
// A later recording corrects the earlier one, with history.
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { historyValue } from "@/lib/domain/history/diff";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import type { TRecordCaseMilestone } from "@/lib/validation/cases";
import { loadCaseForWrite, updateCaseVersioned } from "./access";

const FIELD = { EMPLOYER_CONVERSATION: "employerConversationOn", EXTENSION_ASSESSMENT: "extensionAssessedOn" } as const;

export async function recordCaseMilestone(actor: Actor, data: TRecordCaseMilestone): Promise<{ id: string; version: number }> {
  if (!can(actor, "case.edit")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await loadCaseForWrite(tx, actor, data.caseId);
    const day = today();
    if (data.on > day) throw new DomainRuleError("errors.dateInFuture", "on");
    if (data.on < c.firstAbsenceDay) throw new DomainRuleError("cases.milestones.beforeAbsence", "on");
    const field = FIELD[data.milestone];
    const from = c[field];
    const version = await updateCaseVersioned(tx, c.id, data.version, { [field]: data.on });
    await recordVersion(tx, actor, {
      recordType: "SickLeaveCase",
      recordId: c.id,
      version,
      action: from ? "CORRECT" : "CREATE",
      changes: { [field]: { from: historyValue(from, "day"), to: historyValue(data.on, "day") } },
    });
    await recomputeCaseDeadline(tx, c.id, day);
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "SickLeaveCase",
      recordId: c.id,
      citizenId: c.citizenId,
      details: { milestone: data.milestone },
    });
    return { id: c.id, version };
  });
}
