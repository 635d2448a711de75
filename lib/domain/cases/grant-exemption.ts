// Exempts a case from follow-up for a period (terminal illness, pregnancy-related, imminent
// return, treatment prevents participation). The rules engine sets no deadlines while exempt.
// Periods of live exemptions of a case must not overlap.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { creationValues, historyValue } from "@/lib/domain/history/diff";
import type { TGrantExemption } from "@/lib/validation/cases";
import { utcDay } from "@/lib/time";
import { caseWriteSelect } from "./case-rules";

const FAR_FUTURE = utcDay(9999, 12, 31);

/**
 * Grants an exemption (sygedagpengeloven § 13 d) from `fromOn` to `untilOn` (Danish days; open-ended when null).
 * The case's version is bumped so that a form based on the old exemptions is refused.
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "cases.errors.caseClosed" | "cases.errors.beforeAbsence" | "cases.errors.exemptionOverlaps";
 *   ConflictError on a stale version.
 */
export const grantExemption = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TGrantExemption): Promise<{ id: string; version: number }> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: caseWriteSelect });
    if (c.status === "CLOSED") throw new DomainRuleError("cases.errors.caseClosed");
    if (data.fromOn < c.firstAbsenceDay) throw new DomainRuleError("cases.errors.beforeAbsence", "fromOn");
    const live = await ctx.read.caseExemption.findMany({
      where: { caseId: c.id, voidedAt: null },
      select: { fromOn: true, untilOn: true },
    });
    const until = data.untilOn ?? FAR_FUTURE;
    if (live.some((e) => e.fromOn <= until && (e.untilOn ?? FAR_FUTURE) >= data.fromOn))
      throw new DomainRuleError("cases.errors.exemptionOverlaps", "fromOn");
    const version = await ctx.updateVersioned("sickLeaveCase", c.id, data.version, {});
    const e = await ctx.tx.caseExemption.create({
      data: {
        caseId: c.id,
        reason: data.exemptionReason,
        fromOn: data.fromOn,
        untilOn: data.untilOn,
        note: data.note,
        createdById: ctx.actor.userId,
      },
      select: { id: true },
    });
    await ctx.history.record({
      recordType: "SickLeaveCase",
      recordId: c.id,
      version,
      action: "EXEMPTION",
      changes: creationValues({
        exemptionReason: data.exemptionReason,
        exemptionFrom: historyValue(data.fromOn, "day"),
        exemptionUntil: historyValue(data.untilOn, "day"),
      }),
      reason: data.note,
    });
    ctx.caseChanged(c.id);
    await ctx.audit.updated({ recordType: "SickLeaveCase", recordId: c.id, citizenId: c.citizenId, details: { exemption: e.id } });
    return { id: e.id, version };
  },
);
