// Inputs of the consent use cases (SPEC §2–3, issue 9). Shared by the browser form and the server action.
import { z } from "zod";
import type { ConsentMethod } from "@/lib/db/generated/enums";
import { CONSENT_DIRECTIONS } from "@/lib/consents/validity";
import { enumField, optionalDay, optionalText, requiredDay, requiredText, uuidField, versionField } from "./fields";
import { CONSENT_METHODS } from "./choices";
export { CONSENT_METHODS };

const DAY_MS = 86_400_000;

/** Checked directions arrive as a list ("directions[]"); none checked arrives as no field at all. */
const directionsField = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(enumField(CONSENT_DIRECTIONS))
    .min(1, "consents.errors.noDirection")
    .max(CONSENT_DIRECTIONS.length, "errors.invalidChoice")
    .transform((list) => CONSENT_DIRECTIONS.filter((d) => list.includes(d))),
);

/**
 * Recording a consent. `validFrom`/`validUntil` are Danish calendar days (the first and the last day
 * in force, both inclusive); no last day = until the citizen's last open case closes.
 * Cross-field rules: a last day before the first, or already past, is refused next to "validUntil"
 * (the browser has one day of slack for other time zones; the domain checks against Danish today);
 * sharing with the employer needs the text of what may be discussed ("employerDetails").
 */
export const ZRecordConsent = z
  .object({
    citizenId: uuidField,
    directions: directionsField,
    employerDetails: optionalText(1000),
    method: enumField(CONSENT_METHODS),
    purpose: requiredText(1000),
    validFrom: requiredDay,
    validUntil: optionalDay,
  })
  .superRefine((v, ctx) => {
    const from = v.validFrom instanceof Date ? v.validFrom : null;
    const until = v.validUntil instanceof Date ? v.validUntil : null;
    if (from && until && until.getTime() < from.getTime())
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: "consents.errors.untilBeforeFrom" });
    else if (until && until.getTime() < Date.now() - DAY_MS)
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: "consents.errors.untilInPast" });
    if (Array.isArray(v.directions) && v.directions.includes("SHARE_WITH_EMPLOYER") && !v.employerDetails)
      ctx.addIssue({ code: "custom", path: ["employerDetails"], message: "consents.errors.employerDetailsRequired" });
  })
  .transform((v) => ({ ...v, employerDetails: v.directions.includes("SHARE_WITH_EMPLOYER") ? v.employerDetails : null }));
export type TRecordConsent = z.output<typeof ZRecordConsent>;

/** Revoking a consent: the citizen, the consent and the version the page showed; the reason is optional. */
export const ZRevokeConsent = z.object({
  citizenId: uuidField,
  consentId: uuidField,
  version: versionField,
  reason: optionalText(1000),
});
export type TRevokeConsent = z.output<typeof ZRevokeConsent>;
