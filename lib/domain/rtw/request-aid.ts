// Workplace aids (hjælpemidler): the caseworker requests an aid on the case. Within the
// organisation's mandate the caseworker decides (decide-aid.ts), above it only a jobcenter manager
// (manager-decide-aid.ts).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { withinMandate } from "@/lib/rtw/plan";
import type { TRequestAid } from "@/lib/validation/rtw";
import { aidMandateDkk } from "./aid-mandate";

/**
 * Requests an aid (item, amount in DKK) on an open case of the caseworker.
 * @returns the aid id and whether the amount is above the mandate (then the manager decides).
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "rtw.errors.caseClosed".
 */
export const requestAid = defineUseCase(
  { capability: "rtw.edit", notFound: "case" },
  async (ctx, input: TRequestAid): Promise<{ id: string; aboveMandate: boolean }> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: input.caseId }, select: { id: true, citizenId: true, status: true } });
    if (c.status === "CLOSED") throw new DomainRuleError("rtw.errors.caseClosed");
    const aid = await ctx.tx.workplaceAid.create({
      data: {
        organisationId: ctx.actor.organisationId,
        caseId: c.id,
        item: input.item,
        amountDkk: input.amountDkk,
        requestedById: ctx.actor.userId,
      },
      select: { id: true },
    });
    await ctx.audit.created({
      recordType: "WorkplaceAid",
      recordId: aid.id,
      citizenId: c.citizenId,
      details: { caseId: c.id, amountDkk: input.amountDkk },
    });
    return { id: aid.id, aboveMandate: !withinMandate(input.amountDkk, await aidMandateDkk(ctx)) };
  },
);
