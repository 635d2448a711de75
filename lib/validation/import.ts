// The import file (docs/import-format.md): the shape of each record. A header (organisation,
// departments, staff, programmes) and then one record per citizen with everything about them
// nested: cases with status events, follow-ups and referrals with their events, and rehab plans
// with goals and progress notes. Rules between records (references, order of events, the
// referral state machine) are checked in lib/import/check.ts. Messages are translation keys.
import { z } from "zod";
import { REFERRAL_STATUSES } from "@/lib/referrals/transitions";
import { REASON_CODES } from "@/lib/kpi/figures";
import { cprField, optionalText, personNameField, requiredDay, requiredText } from "./fields";

export const IMPORT_FORMAT = "samspil-import";
export const IMPORT_VERSION = 1;

const key = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .max(100, "errors.tooLong")
  .regex(/^[A-Za-z0-9._:-]+$/, "importing.errors.key");
// Text fields as in every form (lib/validation/fields.ts): NFC, trimmed, control and direction-override
// characters refused (issue 8 item 4).
const text = (max: number) => requiredText(max);
const optText = (max: number) => optionalText(max);
const day = requiredDay;
const optDay = requiredDay.nullish().transform((d) => d ?? null);
/** An instant with its offset, e.g. "2024-03-05T09:30:00+01:00" or "…Z". */
const instant = z.iso.datetime({ offset: true, error: "errors.invalidDateTime" }).transform((s) => new Date(s));
const int = (min: number, max: number) =>
  z
    .number({ error: "errors.invalidNumber" })
    .int("errors.invalidNumber")
    .min(min, "errors.numberTooSmall")
    .max(max, "errors.numberTooLarge");
const num = (min: number, max: number) =>
  z.number({ error: "errors.invalidNumber" }).min(min, "errors.numberTooSmall").max(max, "errors.numberTooLarge");
const choice = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: "errors.invalidChoice" });
const list = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item, { error: "importing.errors.list" })
    .max(max, "importing.errors.tooMany")
    .optional()
    .transform((v) => v ?? []);

export const ZImportDepartment = z.object({ key, kind: choice(["JOBCENTER", "HEALTH_CENTER"]), name: text(200) });
export const ZImportStaff = z.object({
  key,
  name: text(200),
  email: z.email("errors.invalidEmail").max(320, "errors.tooLong"),
  role: choice(["CASEWORKER", "THERAPIST", "VISITATOR", "COORDINATOR", "MANAGER", "ADMIN"]),
  department: key.nullish().transform((k) => k ?? null),
  competenceTags: list(text(50), 20),
});
export const ZImportProgramme = z.object({
  key,
  department: key,
  name: text(200),
  description: optText(4000),
  targetGroup: optText(1000),
  format: choice(["GROUP", "INDIVIDUAL"]),
  rollingAdmission: z.boolean({ error: "errors.invalidChoice" }).optional().default(false),
  weeks: int(1, 104),
  hoursPerWeek: num(0.5, 37),
  capacity: int(1, 500),
  priceDkk: int(0, 1_000_000),
  active: z.boolean({ error: "errors.invalidChoice" }).optional().default(true),
});

export const ZImportHeader = z.object({
  format: z.literal(IMPORT_FORMAT, { error: "importing.errors.format" }),
  version: z.literal(IMPORT_VERSION, { error: "importing.errors.version" }),
  organisation: z.object({
    name: text(200),
    jurisdiction: z
      .string()
      .regex(/^[A-Z]{2}$/, "errors.invalidChoice")
      .default("DK"),
  }),
  departments: z.array(ZImportDepartment, { error: "importing.errors.list" }).min(1, "importing.errors.list").max(100),
  staff: z.array(ZImportStaff, { error: "importing.errors.list" }).max(100_000, "importing.errors.tooMany"),
  programmes: list(ZImportProgramme, 1000),
});
export type TImportHeader = z.output<typeof ZImportHeader>;

export const ZImportStatusEvent = z.object({
  status: choice(["ACTIVE", "PARTIAL_RETURN", "CLOSED"]),
  effectiveOn: day,
  hoursPerWeek: num(0.5, 37)
    .nullish()
    .transform((h) => h ?? null),
  closingReason: choice(["FULL_RETURN_TO_WORK", "BENEFIT_PERIOD_ENDED", "TRANSFERRED_TO_OTHER_BENEFIT", "MOVED", "DECEASED", "OTHER"])
    .nullish()
    .transform((r) => r ?? null),
});

export const ZImportFollowUp = z.object({
  status: choice(["PLANNED", "HELD", "CANCELLED", "MISSED"]),
  mode: choice(["IN_PERSON", "PHONE", "VIDEO", "AT_WORKPLACE", "AT_HEALTH_CENTER", "ROUNDTABLE"]),
  dueOn: optDay,
  scheduledAt: instant.nullish().transform((d) => d ?? null),
  heldAt: instant.nullish().transform((d) => d ?? null),
  summary: optText(5000),
});

export const ZImportReferralEvent = z.object({
  status: choice(REFERRAL_STATUSES),
  at: instant,
  by: key.nullish().transform((k) => k ?? null),
  reason: optText(1000),
  reasonCode: choice(REASON_CODES)
    .nullish()
    .transform((c) => c ?? null),
});

export const ZImportReferral = z.object({
  key,
  programme: key,
  referredBy: key,
  reason: text(2000),
  events: z
    .array(ZImportReferralEvent, { error: "importing.errors.list" })
    .min(1, "importing.errors.list")
    .max(20, "importing.errors.tooMany"),
});

export const ZImportCase = z.object({
  key,
  department: key,
  caseworker: key,
  firstAbsenceDay: day,
  diagnosisGroup: choice(["MENTAL", "MUSCULOSKELETAL", "OTHER"]),
  diagnosisDetail: optText(200),
  statusEvents: list(ZImportStatusEvent, 100),
  followUps: list(ZImportFollowUp, 200),
  referrals: list(ZImportReferral, 50),
});

export const ZImportGoal = z.object({ text: text(500), baseline: text(500), target: text(500), achievedOn: optDay });
export const ZImportProgressNote = z.object({
  writtenOn: day,
  author: key,
  text: text(5000),
  selfRatedHealth: int(1, 5),
  pain: int(0, 10),
  workAbility: int(0, 10),
});

export const ZImportRehabPlan = z.object({
  key,
  department: key,
  therapist: key,
  referral: key.nullish().transform((k) => k ?? null),
  condition: text(200),
  bodyRegion: text(100),
  startOn: day,
  endOn: optDay,
  goals: list(ZImportGoal, 50),
  progressNotes: list(ZImportProgressNote, 500),
});

export const ZImportCitizen = z.object({
  key,
  cpr: cprField,
  firstName: personNameField(100),
  lastName: personNameField(100),
  employmentStatus: choice(["EMPLOYEE", "UNEMPLOYED", "SELF_EMPLOYED"]).optional().default("EMPLOYEE"),
  phone: optText(30),
  email: optText(320),
  address: optText(300),
  employerName: optText(200),
  occupation: optText(200),
  industry: optText(200),
  cases: list(ZImportCase, 50),
  rehabPlans: list(ZImportRehabPlan, 50),
});
export type TImportCitizen = z.output<typeof ZImportCitizen>;
export type TImportCase = z.output<typeof ZImportCase>;
export type TImportReferral = z.output<typeof ZImportReferral>;
export type TImportRehabPlan = z.output<typeof ZImportRehabPlan>;
