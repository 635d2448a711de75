// Stores the answers of the work-oriented first-conversation guide on the plan (Json), keeping
// the earlier answers in the correction history.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { logAccess } from "@/lib/audit/log";
import { today } from "@/lib/format";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import { FIRST_CONVERSATION_QUESTIONS, readFirstConversation, type FirstConversation } from "@/lib/rehab/catalogue";
import type { TSaveFirstConversation } from "@/lib/validation/rehab";
import { loadPlanForWrite } from "./shared";

export async function saveFirstConversation(actor: Actor, input: TSaveFirstConversation, now = new Date()): Promise<{ id: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const plan = await loadPlanForWrite(tx, actor, input.planId);
    if (input.heldOn && input.heldOn.getTime() > today(now).getTime()) throw new DomainRuleError("errors.dateInFuture", "heldOn");
    const current = await tx.rehabPlan.findUniqueOrThrow({ where: { id: plan.id }, select: { firstConversation: true } });
    const before = readFirstConversation(current.firstConversation);
    const next: FirstConversation = { heldOn: historyValue(input.heldOn, "day") as string | null, answers: {} };
    for (const q of FIRST_CONVERSATION_QUESTIONS) if (input[q]) next.answers[q] = input[q]!;
    const flat = (fc: FirstConversation) => ({
      heldOn: fc.heldOn,
      ...Object.fromEntries(FIRST_CONVERSATION_QUESTIONS.map((q) => [q, fc.answers[q] ?? null])),
    });
    const changes = diffValues(flat(before), flat(next));
    if (Object.keys(changes).length === 0) return { id: plan.id };
    await tx.rehabPlan.update({
      where: { id: plan.id },
      data: { firstConversation: next as unknown as Prisma.InputJsonValue, version: { increment: 1 } },
      select: { id: true },
    });
    await recordVersion(tx, actor, { recordType: "RehabPlan", recordId: plan.id, version: plan.version + 1, action: "CORRECT", changes });
    await logAccess(tx, actor, {
      action: "UPDATE",
      recordType: "RehabPlan",
      recordId: plan.id,
      citizenId: plan.citizenId,
      details: { part: "firstConversation" },
    });
    return { id: plan.id };
  });
}
