// What is still open on a case, for the closing form (issue 8 item 6): the caseworker decides on
// each before the case can close.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { openLooseEnds, type LooseEnd } from "./close-loose-ends";

/**
 * The loose ends of the case (open referrals, draft/active return-to-work plans, planned follow-ups)
 * with the decisions allowed for each. Logged as one VIEW of the case (the closing form is part of it).
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 */
export const listCaseLooseEnds = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, caseId: string): Promise<LooseEnd[]> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: caseId }, select: { id: true, citizenId: true, status: true } });
    if (c.status === "CLOSED") return [];
    const ends = await openLooseEnds(ctx, c.id);
    await ctx.audit.viewed({
      recordType: "SickLeaveCase",
      recordId: c.id,
      citizenId: c.citizenId,
      details: { view: "looseEnds", count: ends.length },
    });
    return ends;
  },
);
