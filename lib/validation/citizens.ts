// Schemas of the citizen use cases. Shared by the browser form and the server action.
import { z } from "zod";
import type { EmploymentStatus } from "@/lib/db/generated/enums";
import {
  cprField,
  enumField,
  optionalEmail,
  optionalPhone,
  optionalText,
  personNameField,
  reasonText,
  searchText,
  uuidField,
  versionField,
} from "./fields";
import { EMPLOYMENT_STATUSES } from "./choices";
export { EMPLOYMENT_STATUSES };

const citizenFacts = {
  firstName: personNameField(100),
  lastName: personNameField(100),
  phone: optionalPhone,
  email: optionalEmail,
  address: optionalText(300),
  employmentStatus: enumField(EMPLOYMENT_STATUSES),
  occupation: optionalText(200),
  industry: optionalText(200),
  employerName: optionalText(200),
  employerContactName: optionalText(200),
  employerPhone: optionalPhone,
  employerEmail: optionalEmail,
};

export const ZCreateCitizen = z.object({ cpr: cprField, ...citizenFacts });
export type TCreateCitizen = z.output<typeof ZCreateCitizen>;

/** Empty = keep the stored CPR number (the form never shows it unmasked). */
const optionalCpr = z
  .preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), cprField.optional())
  .transform((s) => s ?? null);

export const ZCorrectCitizen = z.object({
  citizenId: uuidField,
  version: versionField,
  cpr: optionalCpr,
  ...citizenFacts,
  reason: reasonText(),
});
export type TCorrectCitizen = z.output<typeof ZCorrectCitizen>;

export const ZVoidCitizen = z.object({ citizenId: uuidField, version: versionField, reason: reasonText() });
export type TVoidCitizen = z.output<typeof ZVoidCitizen>;

/** Search by full CPR number (exact, any dashes) or by name (contains, NFC); control characters are refused. */
export const ZSearchCitizens = z.object({ q: searchText(100) });
export type TSearchCitizens = z.output<typeof ZSearchCitizens>;
