// Registers a citizen. The CPR number is stored encrypted with a keyed blind index; the same
// CPR number can be registered only once per organisation (checked under an advisory lock, and
// by the unique index as the last line of defence).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { cprBlindIndex, encryptCpr } from "@/lib/crypto/cpr";
import { cprErrorKey, parseCpr } from "@/lib/validation/cpr";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TCreateCitizen } from "@/lib/validation/citizens";
import { assertCprFree, citizenHistoryValues, pickCitizenFacts, refuseDuplicateCpr } from "./citizen-values";

/**
 * Registers a citizen in the jobcenter's register (CPR encrypted, blind index, birth date from the CPR).
 * @throws NotFoundError without the capability "citizen.create".
 * @throws DomainRuleError "errors.cprFormat" | "errors.cprDate" | "errors.cprFuture" (born after today, lib/clock) | "citizens.errors.duplicateCpr" (field cpr).
 */
export const createCitizen = defineUseCase(
  { capability: "citizen.create", notFound: "citizen" },
  async (ctx, data: TCreateCitizen): Promise<{ id: string }> => {
    const parsed = parseCpr(data.cpr, ctx.today);
    if (!parsed.ok) throw new DomainRuleError(cprErrorKey(parsed.error), "cpr");
    const cprIndex = cprBlindIndex(parsed.cpr);
    const facts = pickCitizenFacts(data);
    await assertCprFree(ctx, cprIndex);
    const c = await refuseDuplicateCpr(
      ctx.tx.citizen.create({
        data: {
          organisationId: ctx.actor.organisationId,
          cprEncrypted: encryptCpr(parsed.cpr),
          cprIndex,
          birthDate: parsed.birthDate,
          ...facts,
        },
        select: { id: true },
      }),
    );
    await ctx.recordCreated("citizen", c, { values: citizenHistoryValues(facts, parsed.cpr), audit: { citizenId: c.id } });
    return c;
  },
);
