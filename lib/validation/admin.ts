// Administration inputs (issue 13): users, competence tags, CSV onboarding, organisation settings.
// One schema per action, shared by the browser form and the server action. Browser-safe.
import { z } from "zod";
import { ASSIGNABLE_ROLES } from "@/lib/auth/policy/staff";
import { jurisdictions } from "@/lib/rules/registry";
import { SETTING_DEFINITIONS, SETTING_KEYS } from "@/lib/settings/definitions";
import { enumField, intInRange, optionalText, reasonText, requiredText } from "./fields";

export const SIGN_IN_METHODS = ["PASSWORD", "SSO", "BOTH"] as const;
export type SignInMethodValue = (typeof SIGN_IN_METHODS)[number];

/** Largest CSV an admin may upload at once (characters) and most rows. */
export const IMPORT_MAX_CHARS = 200_000;
export const IMPORT_MAX_ROWS = 500;
export const MAX_TAGS_PER_USER = 30;

/** The columns of the users CSV, in display order (lib/domain/admin/user-csv.ts reads them). */
export const IMPORT_COLUMNS = ["name", "email", "role", "department", "tags", "signIn"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const userIdField = z.string({ error: "errors.invalidChoice" }).trim().regex(UUID, "errors.invalidChoice");

/** A tag key as stored on users: lower case letters, digits and dashes. */
export const TAG_KEY = /^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$/;

/** An email address, NFC-normalised, trimmed and lower-cased (sign-in compares lower case). */
export const requiredEmail = z.preprocess(
  (v) => (typeof v === "string" ? v.normalize("NFC").trim().toLowerCase() : v),
  z.string({ error: "errors.required" }).min(1, "errors.required").max(320, "errors.tooLong").pipe(z.email("errors.invalidEmail")),
);

/** A person's name: trimmed, NFC, at least one letter, no control characters. */
export const personName = z.preprocess(
  (v) => (typeof v === "string" ? v.normalize("NFC") : v),
  requiredText(200)
    .refine((s) => s === "" || /\p{L}/u.test(s), "admin.users.errors.nameLetters")
    .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), "admin.users.errors.nameCharacters"),
);

const optionalDepartment = z.preprocess(
  (v) => (v === undefined || v === null ? "" : v),
  z.union([z.literal(""), userIdField], { error: "errors.invalidChoice" }).transform((s) => (s === "" ? null : s)),
);

const tagList = z.preprocess(
  (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.string({ error: "errors.invalidChoice" }).trim().max(40, "errors.invalidChoice").regex(TAG_KEY, "errors.invalidChoice"))
    .max(MAX_TAGS_PER_USER, "admin.users.errors.tooManyTags")
    .transform((tags) => [...new Set(tags)]),
);

const userFields = {
  name: personName,
  email: requiredEmail,
  role: enumField(ASSIGNABLE_ROLES),
  departmentId: optionalDepartment,
  signInMethod: enumField(SIGN_IN_METHODS),
  competenceTags: tagList,
};

export const ZCreateUser = z.object(userFields);
export type TCreateUser = z.output<typeof ZCreateUser>;

export const ZUpdateUser = z.object({ userId: userIdField, version: intInRange(1, 1_000_000_000), ...userFields });
export type TUpdateUser = z.output<typeof ZUpdateUser>;

/** Disable or re-enable: the user, the version the admin saw, and an optional note for the history. */
export const ZSetUserActive = z.object({ userId: userIdField, version: intInRange(1, 1_000_000_000), note: optionalText(500) });
export type TSetUserActive = z.output<typeof ZSetUserActive>;

export const ZUnlockUser = z.object({ userId: userIdField, version: intInRange(1, 1_000_000_000) });
export type TUnlockUser = z.output<typeof ZUnlockUser>;

export const ZIssuePasswordLink = z.object({ userId: userIdField });
export type TIssuePasswordLink = z.output<typeof ZIssuePasswordLink>;

export const ZAddCompetenceTag = z.object({
  label: z.preprocess(
    (v) => (typeof v === "string" ? v.normalize("NFC") : v),
    requiredText(60)
      .refine((s) => s === "" || /\p{L}/u.test(s), "admin.tags.errors.letters")
      .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), "admin.users.errors.nameCharacters"),
  ),
});
export type TAddCompetenceTag = z.output<typeof ZAddCompetenceTag>;

/** The CSV text (the form reads an uploaded file into this field, or the admin pastes it). */
export const ZUserImport = z.object({
  csv: z
    .string({ error: "errors.required" })
    .max(IMPORT_MAX_CHARS, "admin.import.errors.tooLarge")
    .refine((s) => s.trim().length > 0, "errors.required"),
});
export type TUserImport = z.output<typeof ZUserImport>;

export const ZUpdateOrganisation = z.object({
  baseVersion: intInRange(1, 1_000_000_000),
  name: z.preprocess(
    (v) => (typeof v === "string" ? v.normalize("NFC") : v),
    requiredText(200)
      .refine((s) => s === "" || /\p{L}/u.test(s), "admin.users.errors.nameLetters")
      .refine((s) => !/[\p{Cc}\p{Cf}]/u.test(s), "admin.users.errors.nameCharacters"),
  ),
  jurisdiction: z.string({ error: "errors.invalidChoice" }).refine((j) => jurisdictions().includes(j), "errors.invalidChoice"),
  aidMandateDkk: intInRange(0, 10_000_000, "kroner"),
  reason: reasonText(1000),
});
export type TUpdateOrganisation = z.output<typeof ZUpdateOrganisation>;

/** Field name of the version a threshold had when the form was loaded (0: never changed). */
export const versionField = (key: string) => `${key}Version`;

const settingShape = Object.fromEntries(
  SETTING_KEYS.flatMap((k) => [
    [k, intInRange(SETTING_DEFINITIONS[k].min, SETTING_DEFINITIONS[k].max, SETTING_DEFINITIONS[k].unit)],
    [versionField(k), intInRange(0, 1_000_000_000)],
  ]),
) as Record<string, ReturnType<typeof intInRange>>;

/** Every setting's value with the version it had when loaded, and a reason for the history. */
export const ZUpdateSettings = z.object(settingShape).extend({ reason: reasonText(1000) });
export type TUpdateSettings = { reason: string } & Record<string, number>;
