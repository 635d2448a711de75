// Shared by the citizen use cases (helpers, not use cases): the citizen's facts as history values
// (CPR only masked) and the one-CPR-per-organisation rule.
import { maskCpr } from "@/lib/validation/cpr";
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { historyValue } from "@/lib/domain/history/diff";
import { refuseUniqueViolation } from "@/lib/domain/unique-violation";
import type { HistoryValue } from "@/lib/domain/history/types";
import type { TCreateCitizen } from "@/lib/validation/citizens";

export type CitizenFacts = Omit<TCreateCitizen, "cpr">;

export const CITIZEN_FACT_FIELDS = [
  "firstName",
  "lastName",
  "phone",
  "email",
  "address",
  "employmentStatus",
  "occupation",
  "industry",
  "employerName",
  "employerContactName",
  "employerPhone",
  "employerEmail",
] as const satisfies readonly (keyof CitizenFacts)[];

/** Prisma `select` of the citizen's facts (CITIZEN_FACT_FIELDS). */
export const citizenFactsSelect = Object.fromEntries(CITIZEN_FACT_FIELDS.map((f) => [f, true])) as {
  [K in (typeof CITIZEN_FACT_FIELDS)[number]]: true;
};

/** The citizen's facts as history values; `cpr` (when given) only masked. */
export function citizenHistoryValues(
  facts: { [K in keyof CitizenFacts]: CitizenFacts[K] | null },
  cpr?: string | null,
): Record<string, HistoryValue> {
  const out: Record<string, HistoryValue> = {};
  if (cpr) out.cpr = maskCpr(cpr);
  for (const f of CITIZEN_FACT_FIELDS) out[f] = historyValue(facts[f]);
  return out;
}

export function pickCitizenFacts<T extends CitizenFacts>(data: T): CitizenFacts {
  const out = {} as Record<string, unknown>;
  for (const f of CITIZEN_FACT_FIELDS) out[f] = data[f];
  return out as CitizenFacts;
}

/**
 * Refuses a CPR number that is already registered in the actor's organisation (a voided citizen's
 * blind index is moved aside, so its CPR number can be registered again). Takes the per-CPR advisory
 * lock first so that two requests cannot both pass; the unique index (organisationId, cprIndex)
 * stays the last line of defence (see refuseDuplicateCpr).
 * @throws DomainRuleError "citizens.errors.duplicateCpr" (field cpr).
 */
export async function assertCprFree(ctx: UseCaseContext, cprIndex: string, exceptCitizenId?: string): Promise<void> {
  await ctx.lock("cpr", `${ctx.actor.organisationId}:${cprIndex}`);
  const existing = await ctx.read.citizen.findFirst({
    where: { cprIndex, ...(exceptCitizenId ? { id: { not: exceptCitizenId } } : {}) },
    select: { id: true },
  });
  if (existing) throw new DomainRuleError("citizens.errors.duplicateCpr", "cpr");
}

/** Runs a write that stores a CPR index; a unique violation becomes "citizens.errors.duplicateCpr" (field cpr). */
export function refuseDuplicateCpr<T>(write: Promise<T>): Promise<T> {
  return refuseUniqueViolation(write, "citizens.errors.duplicateCpr", "cpr");
}
