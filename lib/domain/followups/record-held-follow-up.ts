// Records a follow-up conversation as held: a new one, or a planned one (with its version).
// The case's next deadline is recomputed in the same transaction and returned, so the page can
// show the new due date at once.
import type { Actor } from "@/lib/auth/policy";
import { can, caseScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { recordVersion } from "@/lib/domain/history/record-version";
import { creationValues, diffValues } from "@/lib/domain/history/diff";
import { recomputeCaseDeadline } from "@/lib/domain/deadlines/recompute-case-deadline";
import type { TRecordHeldFollowUp } from "@/lib/validation/followups";
import { assertHeldAtPlausible, followUpDueOn, followUpHistoryValues, loadFollowUpForWrite, updateFollowUpVersioned } from "./shared";

export type RecordHeldResult = { id: string; nextDeadlineOn: Date | null; nextDeadlineKind: string | null };

export async function recordHeldFollowUp(actor: Actor, data: TRecordHeldFollowUp, now = new Date()): Promise<RecordHeldResult> {
  if (!can(actor, "followup.record")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await tx.sickLeaveCase.findFirst({
      where: { AND: [caseScope(actor, "write"), { id: data.caseId }] },
      select: {
        id: true,
        citizenId: true,
        status: true,
        firstAbsenceDay: true,
        closedOn: true,
        nextDeadlineOn: true,
        nextDeadlineKind: true,
      },
    });
    if (!c) throw new NotFoundError("case");
    const held = {
      heldAt: data.heldAt,
      mode: data.mode,
      participants: data.participants,
      summary: data.summary,
      agreements: data.agreements,
    };
    let id: string;
    if (data.followUpId) {
      const f = await loadFollowUpForWrite(tx, actor, c.id, data.followUpId);
      if (f.status !== "PLANNED") throw new DomainRuleError("followups.errors.notPlanned");
      if (f.version !== data.version) throw new DomainRuleError("errors.conflict");
      assertHeldAtPlausible(data.heldAt, c, now);
      const version = await updateFollowUpVersioned(tx, f.id, data.version!, {
        ...held,
        status: "HELD",
        dueOn: f.dueOn ?? followUpDueOn(c),
      });
      const changes = diffValues(
        { status: f.status, ...followUpHistoryValues(f) },
        { status: "HELD", ...followUpHistoryValues({ ...held, scheduledAt: f.scheduledAt }) },
      );
      await recordVersion(tx, actor, { recordType: "FollowUp", recordId: f.id, version, action: "HELD", changes });
      id = f.id;
    } else {
      assertHeldAtPlausible(data.heldAt, c, now);
      const f = await tx.followUp.create({
        data: { caseId: c.id, ...held, status: "HELD", dueOn: followUpDueOn(c), createdById: actor.userId },
        select: { id: true },
      });
      await recordVersion(tx, actor, {
        recordType: "FollowUp",
        recordId: f.id,
        version: 1,
        action: "CREATE",
        changes: creationValues({ status: "HELD", ...followUpHistoryValues({ ...held, scheduledAt: null }) }),
      });
      id = f.id;
    }
    await recomputeCaseDeadline(tx, c.id, today());
    const after = await tx.sickLeaveCase.findUniqueOrThrow({
      where: { id: c.id },
      select: { nextDeadlineOn: true, nextDeadlineKind: true },
    });
    await logAccess(tx, actor, {
      action: data.followUpId ? "UPDATE" : "CREATE",
      recordType: "FollowUp",
      recordId: id,
      citizenId: c.citizenId,
      details: { caseId: c.id, status: "HELD" },
    });
    return { id, ...after };
  });
}
