// The jobcenter manager approves or rejects a workplace aid of the department (any amount; the
// list shows those above the caseworkers' mandate). The manager never sees the person.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { TManagerDecideAid } from "@/lib/validation/rtw";
import { recordAidDecision } from "./aid-mandate";

/**
 * Decides a requested aid of a live case of the manager's department (policy workplaceAidScope).
 * @throws NotFoundError when the aid is missing or outside that scope, or the actor lacks aid.approveAboveMandate.
 * @throws DomainRuleError "rtw.errors.aidDecided"; ConflictError on a stale version.
 */
export const managerDecideAid = defineUseCase(
  { capability: "aid.approveAboveMandate", notFound: "aid" },
  async (ctx, input: TManagerDecideAid) => {
    const aid = await ctx.write.workplaceAid.get({
      where: { id: input.aidId },
      select: { id: true, status: true, version: true, case: { select: { citizenId: true } } },
    });
    await recordAidDecision(ctx, { id: aid.id, status: aid.status, version: aid.version, citizenId: aid.case.citizenId }, input);
    return { id: aid.id };
  },
);
