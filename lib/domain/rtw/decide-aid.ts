// The caseworker approves a workplace aid within the organisation's mandate, or rejects one (any
// amount) with a reason.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { withinMandate } from "@/lib/rtw/plan";
import type { TDecideAid } from "@/lib/validation/rtw";
import { aidMandateDkk, recordAidDecision } from "./aid-mandate";

/**
 * Decides a requested aid of the caseworker's case (loaded together with the case id from the URL).
 * @throws NotFoundError when the case or aid is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "rtw.errors.aboveMandate" | "rtw.errors.aidDecided"; ConflictError on a stale version.
 */
export const decideAid = defineUseCase({ capability: "rtw.edit", notFound: "case" }, async (ctx, input: TDecideAid) => {
  const c = await ctx.write.sickLeaveCase.get({ where: { id: input.caseId }, select: { id: true, citizenId: true } });
  const aid = await ctx.write.workplaceAid.get({
    where: { id: input.aidId, caseId: c.id },
    select: { id: true, status: true, version: true, amountDkk: true },
  });
  ctx.expectVersion(aid, input.version);
  if (input.decision === "APPROVE" && aid.status === "REQUESTED" && !withinMandate(aid.amountDkk, await aidMandateDkk(ctx))) {
    throw new DomainRuleError("rtw.errors.aboveMandate");
  }
  await recordAidDecision(ctx, { id: aid.id, status: aid.status, version: aid.version, citizenId: c.citizenId }, input);
  return { id: aid.id };
});
