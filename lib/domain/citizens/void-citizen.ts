// Voids a wrongly created citizen. The record stays (with its history) but disappears from lists
// and searches. A citizen with a live case cannot be voided: void the case first.
// The blind index is moved aside so that the CPR number can be registered correctly again; the
// encrypted CPR number itself is kept.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { voidedHistory } from "@/lib/domain/save-change";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TVoidCitizen } from "@/lib/validation/citizens";

/**
 * Voids a citizen with a reason (soft delete; history kept).
 * @throws NotFoundError when the citizen is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "citizens.errors.hasCases" while any live case exists; ConflictError on a stale version.
 */
export const voidCitizen = defineUseCase(
  { capability: "citizen.edit", notFound: "citizen" },
  async (ctx, data: TVoidCitizen): Promise<{ id: string }> => {
    const c = await ctx.write.citizen.get({ where: { id: data.citizenId }, select: { id: true, cprIndex: true } });
    // Any live case of the citizen in the organisation, whichever department holds it.
    const liveCase = await ctx.tx.sickLeaveCase.findFirst({ where: { citizenId: c.id, voidedAt: null }, select: { id: true } });
    if (liveCase) throw new DomainRuleError("citizens.errors.hasCases");
    await ctx.saveChange("citizen", c, {
      version: data.version,
      data: { voidedAt: ctx.now, voidReason: data.reason, cprIndex: `voided:${c.id}:${c.cprIndex}` },
      history: voidedHistory(data.reason),
      audit: { citizenId: c.id, details: { void: true } },
    });
    return { id: c.id };
  },
);
