// Stores the answers of the work-oriented first-conversation guide on the plan (Json), keeping
// the earlier answers in the correction history. The guide is part of the plan: a save carries the
// plan's version, so a second tab's stale save is refused instead of wiping the first one's answers.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { Prisma } from "@/lib/db/generated/client";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues, historyValue } from "@/lib/domain/history/diff";
import { FIRST_CONVERSATION_QUESTIONS, readFirstConversation, type FirstConversation } from "@/lib/rehab/catalogue";
import type { TSaveFirstConversation } from "@/lib/validation/rehab";

const flat = (fc: FirstConversation) => ({
  heldOn: fc.heldOn,
  ...Object.fromEntries(FIRST_CONVERSATION_QUESTIONS.map((q) => [q, fc.answers[q] ?? null])),
});

/**
 * Saves the guide (held on, answers to FIRST_CONVERSATION_QUESTIONS); history "CORRECT" with the changed answers.
 * @returns the plan id and its version after the save (unchanged when nothing changed).
 * @throws NotFoundError when the plan is missing or outside the therapist's write scope.
 * @throws DomainRuleError "errors.dateInFuture" (field heldOn); ConflictError when the plan changed since the form was loaded.
 */
export const saveFirstConversation = defineUseCase(
  { capability: "rehab.edit", notFound: "rehabPlan" },
  async (ctx, input: TSaveFirstConversation) => {
    const plan = await ctx.write.rehabPlan.get({
      where: { id: input.planId },
      select: { id: true, citizenId: true, version: true, firstConversation: true },
    });
    if (input.heldOn && input.heldOn.getTime() > ctx.today.getTime()) throw new DomainRuleError("errors.dateInFuture", "heldOn");
    const next: FirstConversation = { heldOn: historyValue(input.heldOn, "day") as string | null, answers: {} };
    for (const q of FIRST_CONVERSATION_QUESTIONS) if (input[q]) next.answers[q] = input[q]!;
    const changes = diffValues(flat(readFirstConversation(plan.firstConversation)), flat(next));
    // Nothing to write (the form shows what is stored): no change, so nothing can be lost either.
    if (Object.keys(changes).length === 0) return { id: plan.id, version: plan.version };
    return ctx.saveChange("rehabPlan", plan, {
      version: input.version,
      data: { firstConversation: next as unknown as Prisma.InputJsonValue },
      history: { action: "CORRECT", changes },
      audit: { citizenId: plan.citizenId, details: { part: "firstConversation" } },
    });
  },
);
