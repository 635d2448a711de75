// The jobcenter manager's list of workplace aids above the caseworkers' mandate awaiting a
// decision. Deliberately without any person: item, amount, date and requesting caseworker.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { aidMandateDkk } from "./aid-mandate";
import { staffNames } from "@/lib/domain/users/staff-names";

export type AidAwaitingManager = {
  id: string;
  version: number;
  item: string;
  amountDkk: number;
  requestedAt: Date;
  requestedByName: string;
};

/**
 * Requested aids above the mandate on live cases of the manager's department (at most 200, oldest
 * first), with the mandate in DKK. Each aid shown is logged against its citizen (the citizen may
 * ask who saw their data) without the manager ever seeing the citizen.
 * @throws NotFoundError when the actor lacks aid.approveAboveMandate.
 */
export const listAidsAwaitingManager = defineUseCase(
  { capability: "aid.approveAboveMandate", notFound: "aid" },
  async (ctx): Promise<{ mandateDkk: number; aids: AidAwaitingManager[] }> => {
    const mandateDkk = await aidMandateDkk(ctx);
    const rows = await ctx.read.workplaceAid.findMany({
      where: { status: "REQUESTED", amountDkk: { gt: mandateDkk } },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: {
        id: true,
        version: true,
        item: true,
        amountDkk: true,
        createdAt: true,
        requestedById: true,
        case: { select: { citizenId: true } },
      },
    });
    const names = await staffNames(
      ctx,
      rows.map((r) => r.requestedById),
    );
    await ctx.audit.viewed(
      rows.map((r) => ({ recordType: "WorkplaceAid", recordId: r.id, citizenId: r.case.citizenId, details: { view: "manager-approval" } })),
    );
    return {
      mandateDkk,
      aids: rows.map((r) => ({
        id: r.id,
        version: r.version,
        item: r.item,
        amountDkk: r.amountDkk,
        requestedAt: r.createdAt,
        requestedByName: names.get(r.requestedById) ?? "—",
      })),
    };
  },
);
