// The citizen's facts as history values (CPR only masked), shared by create and correct.
import { maskCpr } from "@/lib/validation/cpr";
import { historyValue } from "@/lib/domain/history/diff";
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
