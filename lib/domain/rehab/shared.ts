// Shared steps of the rehab-plan use cases: loading a plan through the policy's write scope,
// serialising writes per plan, and the correction history of plans and their child records.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { can, rehabPlanScope } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/domain/errors";

export type Tx = Prisma.TransactionClient;

/** { field: { from, to } }; values are JSON (schedules are stored as arrays of weeks). */
export type Changes = Record<string, { from: unknown; to: unknown }>;

export type RehabRecordType = "RehabPlan" | "RehabGoal" | "HomeExercise" | "AdherenceEntry" | "ProgressNote" | "ReturnToWorkPlan" | "RtwProposal" | "WorkplaceAid";
export type RehabHistoryAction = "CREATE" | "CORRECT" | "REMOVE" | "ACHIEVED" | "STATUS_CHANGE" | "SCHEDULE" | "ACTUAL_HOURS" | "ACCEPT" | "DECLINE" | "APPROVE" | "REJECT";

/** The plan (id, citizen, dates), if the actor may write it; otherwise NotFoundError. Locks the plan for this transaction. */
export async function loadPlanForWrite(tx: Tx, actor: Actor, planId: string) {
  if (!can(actor, "rehab.edit")) throw new NotFoundError("rehabPlan");
  const plan = await tx.rehabPlan.findFirst({
    where: { AND: [rehabPlanScope(actor, "write"), { id: planId }] },
    select: { id: true, citizenId: true, startOn: true, endOn: true, version: true },
  });
  if (!plan) throw new NotFoundError("rehabPlan");
  await lockRecord(tx, "rehabPlan", plan.id);
  return plan;
}

/** Transaction-scoped advisory lock: serialises writes to one record across app instances. */
export async function lockRecord(tx: Tx, kind: string, id: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${kind + ":" + id})::bigint)`;
}

/** One entry in the correction history (RecordVersion). */
export function recordHistory(
  tx: Tx,
  actor: Actor,
  e: { recordType: RehabRecordType; recordId: string; version?: number; action: RehabHistoryAction; changes: Changes; reason?: string | null },
): Promise<void> {
  return recordVersion(tx, actor, e);
}
