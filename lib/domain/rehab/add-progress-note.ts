// A progress note with outcome scores: self-rated health 1–5, pain 0–10, work ability 0–10.
// Written on a day that is not in the future and not before the plan started.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";

import { today } from "@/lib/format";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TAddProgressNote } from "@/lib/validation/rehab";
import { loadPlanForWrite } from "./shared";

export async function addProgressNote(actor: Actor, input: TAddProgressNote, now = new Date()): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForWrite(tx, actor, input.planId);
    if (input.writtenOn.getTime() > today(now).getTime()) throw new DomainRuleError("errors.dateInFuture", "writtenOn");
    if (input.writtenOn.getTime() < plan.startOn.getTime()) throw new DomainRuleError("rehab.errors.beforePlanStart", "writtenOn");
    const note = await tx.progressNote.create({
      data: {
        planId: plan.id,
        authorId: actor.userId,
        writtenOn: input.writtenOn,
        text: input.text,
        selfRatedHealth: input.selfRatedHealth,
        pain: input.pain,
        workAbility: input.workAbility,
      },
      select: { id: true },
    });
    await recordVersion(tx, actor, {
      recordType: "ProgressNote",
      recordId: note.id,
      version: 1,
      action: "CREATE",
      changes: {
        writtenOn: { from: null, to: input.writtenOn.toISOString().slice(0, 10) },
        selfRatedHealth: { from: null, to: input.selfRatedHealth },
        pain: { from: null, to: input.pain },
        workAbility: { from: null, to: input.workAbility },
      },
    });
    await logAccess(tx, actor, {
      action: "CREATE",
      recordType: "ProgressNote",
      recordId: note.id,
      citizenId: plan.citizenId,
      details: { planId: plan.id },
    });
    return note;
  });
}
