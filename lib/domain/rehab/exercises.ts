// The home programme: at most five active exercises (lib/rehab/home-programme.ts), enforced here
// inside the transaction with the plan locked, so that two simultaneous additions cannot make six.
// Removal is soft (removedAt): the exercise stays in the history of the plan.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { addExerciseError } from "@/lib/rehab/home-programme";
import type { TAddExercise, TRemoveExercise } from "@/lib/validation/rehab";
import { loadPlanForWrite } from "./shared";

export async function addExercise(actor: Actor, input: TAddExercise): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForWrite(tx, actor, input.planId);
    const active = await tx.homeExercise.count({ where: { planId: plan.id, removedAt: null } });
    const refusal = addExerciseError(active);
    if (refusal) throw new DomainRuleError(refusal, "description");
    const last = await tx.homeExercise.aggregate({ where: { planId: plan.id }, _max: { position: true } });
    const ex = await tx.homeExercise.create({
      data: {
        planId: plan.id,
        description: input.description,
        repetitions: input.repetitions,
        frequency: input.frequency,
        position: (last._max.position ?? 0) + 1,
      },
      select: { id: true },
    });
    await recordVersion(tx, actor, {
      recordType: "HomeExercise",
      recordId: ex.id,
      version: 1,
      action: "CREATE",
      changes: {
        description: { from: null, to: input.description },
        repetitions: { from: null, to: input.repetitions },
        frequency: { from: null, to: input.frequency },
      },
    });
    await logAccess(tx, actor, {
      action: "CREATE",
      recordType: "HomeExercise",
      recordId: ex.id,
      citizenId: plan.citizenId,
      details: { planId: plan.id },
    });
    return ex;
  });
}

export async function removeExercise(actor: Actor, input: TRemoveExercise): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForWrite(tx, actor, input.planId);
    const ex = await tx.homeExercise.findFirst({ where: { id: input.exerciseId, planId: plan.id, removedAt: null }, select: { id: true } });
    if (!ex) throw new NotFoundError("homeExercise");
    const removedAt = new Date();
    await tx.homeExercise.update({ where: { id: ex.id }, data: { removedAt }, select: { id: true } });
    await recordVersion(tx, actor, {
      recordType: "HomeExercise",
      recordId: ex.id,
      action: "REMOVE",
      changes: { removedAt: { from: null, to: removedAt.toISOString() } },
    });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "HomeExercise",
      recordId: ex.id,
      citizenId: plan.citizenId,
      details: { planId: plan.id, removed: true },
    });
    return ex;
  });
}
