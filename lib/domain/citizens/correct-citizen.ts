// Corrects a citizen's facts with a reason. Only changed fields are written and recorded
// (old → new, CPR masked); a stale form (other version) is refused with "errors.conflict".
import { defineUseCase } from "@/lib/domain/run-use-case";
import { cprBlindIndex, decryptCpr, encryptCpr } from "@/lib/crypto/cpr";
import { cprErrorKey, parseCpr } from "@/lib/validation/cpr";
import { DomainRuleError } from "@/lib/domain/errors";
import { diffValues } from "@/lib/domain/history/diff";
import type { TCorrectCitizen } from "@/lib/validation/citizens";
import { assertCprFree, citizenFactsSelect, citizenHistoryValues, pickCitizenFacts, refuseDuplicateCpr } from "./citizen-values";

/**
 * Corrects a citizen's facts (and CPR number: re-encrypted, new blind index and birth date) with a reason.
 * @throws NotFoundError when the citizen is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "errors.cprFormat" | "errors.cprDate" | "errors.cprFuture" (born after today, lib/clock) | "citizens.errors.noChanges" | "citizens.errors.duplicateCpr";
 *   ConflictError on a stale version.
 */
export const correctCitizen = defineUseCase(
  { capability: "citizen.edit", notFound: "citizen" },
  async (ctx, data: TCorrectCitizen): Promise<{ id: string; version: number }> => {
    const current = await ctx.write.citizen.get({
      where: { id: data.citizenId },
      select: { id: true, cprEncrypted: true, ...citizenFactsSelect },
    });
    const facts = pickCitizenFacts(data);
    const oldCpr = decryptCpr(current.cprEncrypted);
    // Compare the normalised numbers (010170-1234 and 0101701234 are the same CPR).
    const parsedInput = data.cpr ? parseCpr(data.cpr, ctx.today) : null;
    if (parsedInput && !parsedInput.ok) throw new DomainRuleError(cprErrorKey(parsedInput.error), "cpr");
    const newCpr = parsedInput?.ok && parsedInput.cpr !== oldCpr ? parsedInput : null;
    const changes = diffValues(
      citizenHistoryValues(current, newCpr ? oldCpr : null),
      citizenHistoryValues(facts, newCpr?.ok ? newCpr.cpr : null),
    );
    // Two CPR numbers with the same birth date mask alike; the history must still show a change.
    if (newCpr?.ok && !changes.cpr) changes.cpr = { from: "xxxxxx-xxxx", to: "xxxxxx-xxxx" };
    if (Object.keys(changes).length === 0) throw new DomainRuleError("citizens.errors.noChanges");

    const cprData: { cprEncrypted?: string; cprIndex?: string; birthDate?: Date } = {};
    if (newCpr?.ok) {
      const cprIndex = cprBlindIndex(newCpr.cpr);
      await assertCprFree(ctx, cprIndex, current.id);
      Object.assign(cprData, { cprEncrypted: encryptCpr(newCpr.cpr), cprIndex, birthDate: newCpr.birthDate });
    }
    // The employment status is a fact of the citizen's cases' deadlines (the employer period, § 24,
    // stk. 2): their stored next deadline and worklist report are recomputed before commit (ADR 0023).
    if (changes.employmentStatus) {
      const cases = await ctx.read.sickLeaveCase.findMany({ where: { citizenId: current.id }, select: { id: true } });
      for (const c of cases) ctx.caseChanged(c.id);
    }
    return refuseDuplicateCpr(
      ctx.saveChange("citizen", current, {
        version: data.version,
        data: { ...facts, ...cprData },
        history: { action: "CORRECT", changes, reason: data.reason },
        audit: { citizenId: current.id, details: { fields: Object.keys(changes) } },
      }),
    );
  },
);
