// A manager or administrator sets (or removes) the politically decided target of a key figure
// (SPEC §5 journey 3, issue 11 "Targets"). One target per figure and organisation; every change is
// kept in the history (who, when, from → to) and checked against the version the form was based on.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { ConflictError, DomainRuleError } from "@/lib/domain/errors";
import type { TSetKeyFigureTarget } from "@/lib/validation/kpi";

/**
 * Sets the target of `input.figure` to `input.value` (in the figure's unit: per cent, days, weeks
 * or a count; null removes it). `input.version` is the target's version the form showed (null when
 * there was none).
 * @returns the target's id and new version.
 * @throws NotFoundError without kpi.setTarget; ConflictError on a stale version;
 *   DomainRuleError "kpi.errors.noChange" (field value) when nothing changes.
 */
export const setKeyFigureTarget = defineUseCase(
  { capability: "kpi.setTarget", notFound: "key-figure target" },
  async (ctx, input: TSetKeyFigureTarget): Promise<{ id: string; version: number }> => {
    // Two people setting the first target of a figure at once: one after the other.
    await ctx.lock("kpiTarget", `${ctx.actor.organisationId}:${input.figure}`);
    const existing = await ctx.write.kpiTarget.findFirst({
      where: { figure: input.figure },
      select: { id: true, value: true, version: true },
    });
    if (!existing) {
      if (input.version !== null) throw new ConflictError();
      if (input.value === null) throw new DomainRuleError("kpi.errors.noChange", "value");
      const created = await ctx.tx.kpiTarget.create({
        data: { organisationId: ctx.actor.organisationId, figure: input.figure, value: input.value, setById: ctx.actor.userId },
        select: { id: true },
      });
      await ctx.recordCreated("kpiTarget", created, {
        values: { value: input.value },
        audit: { citizenId: null, details: { figure: input.figure } },
      });
      return { id: created.id, version: 1 };
    }
    if (input.version === null) throw new ConflictError();
    if (existing.value === input.value) throw new DomainRuleError("kpi.errors.noChange", "value");
    return ctx.saveChange("kpiTarget", existing, {
      version: input.version,
      data: { value: input.value, setById: ctx.actor.userId },
      history: { action: "CORRECT", changes: { value: { from: existing.value, to: input.value } } },
      audit: { citizenId: null, details: { figure: input.figure } },
    });
  },
);
