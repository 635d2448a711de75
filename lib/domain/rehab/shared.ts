// Shared steps of the rehab-plan use cases: loading a plan through the policy's write scope,
// and serialising writes per plan (history goes through lib/domain/history/record-version.ts).
import type { Actor } from "@/lib/auth/policy";
import { can, rehabPlanScope } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/domain/errors";

export type Tx = Prisma.TransactionClient;

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
