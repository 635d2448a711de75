// Plans a follow-up conversation (date/time and mode) on an open case.
import type { Actor } from "@/lib/auth/policy";
import { can, caseScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { creationValues } from "@/lib/domain/history/diff";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import type { TPlanFollowUp } from "@/lib/validation/followups";
import { followUpDueOn, followUpHistoryValues } from "./shared";

export async function planFollowUp(actor: Actor, data: TPlanFollowUp): Promise<{ id: string }> {
  if (!can(actor, "followup.record")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await tx.sickLeaveCase.findFirst({
      where: { AND: [caseScope(actor, "write"), { id: data.caseId }] },
      select: { id: true, citizenId: true, status: true, firstAbsenceDay: true, nextDeadlineOn: true, nextDeadlineKind: true },
    });
    if (!c) throw new NotFoundError("case");
    if (c.status === "CLOSED") throw new DomainRuleError("followups.errors.caseClosed");
    if (data.scheduledAt < c.firstAbsenceDay) throw new DomainRuleError("followups.errors.beforeAbsence", "scheduledAt");
    const f = await tx.followUp.create({
      data: {
        caseId: c.id,
        scheduledAt: data.scheduledAt,
        mode: data.mode,
        status: "PLANNED",
        dueOn: followUpDueOn(c),
        createdById: actor.userId,
      },
      select: { id: true },
    });
    await recordVersion(tx, actor, {
      recordType: "FollowUp",
      recordId: f.id,
      version: 1,
      action: "CREATE",
      changes: creationValues({
        status: "PLANNED",
        ...followUpHistoryValues({
          scheduledAt: data.scheduledAt,
          heldAt: null,
          mode: data.mode,
          participants: [],
          summary: null,
          agreements: null,
        }),
      }),
    });
    await recomputeCaseDeadline(tx, c.id, today());
    await logAccess(tx, actor, {
      action: "CREATE",
      recordType: "FollowUp",
      recordId: f.id,
      citizenId: c.citizenId,
      details: { caseId: c.id },
    });
    return f;
  });
}
