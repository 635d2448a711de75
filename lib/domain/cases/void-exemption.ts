// Voids a wrongly registered exemption with a reason; it stays readable in the timeline.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { historyValue } from "@/lib/domain/history/diff";
import type { TVoidExemption } from "@/lib/validation/cases";
import { caseWriteSelect } from "./case-rules";

/**
 * Voids an exemption of the case (soft delete with a reason; the case's version is bumped).
 * @throws NotFoundError when the case or the exemption (loaded together with the case id) is
 *   missing, voided or outside the caseworker's write scope; ConflictError on a stale version.
 */
export const voidExemption = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TVoidExemption): Promise<{ id: string; version: number }> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: caseWriteSelect });
    const e = await ctx.write.caseExemption.get({
      where: { id: data.exemptionId, caseId: c.id, voidedAt: null },
      select: { id: true, reason: true, fromOn: true, untilOn: true },
    });
    ctx.caseChanged(c.id);
    const { version } = await ctx.saveChange("sickLeaveCase", c, {
      version: data.version,
      data: {},
      childWrites: () => ctx.write.caseExemption.updateMany({ where: { id: e.id }, data: { voidedAt: ctx.now, voidReason: data.reason } }),
      history: {
        action: "EXEMPTION_VOID",
        changes: {
          exemptionReason: { from: e.reason, to: null },
          exemptionFrom: { from: historyValue(e.fromOn, "day"), to: null },
          exemptionUntil: { from: historyValue(e.untilOn, "day"), to: null },
        },
        reason: data.reason,
      },
      audit: { citizenId: c.citizenId, details: { exemptionVoided: e.id } },
    });
    return { id: e.id, version };
  },
);
