// Inputs of graded return to work and workplace aids (jobcenter records). Importable in the browser.
import { z } from "zod";
import {
  decimalInRange,
  enumField,
  intInRange,
  listField,
  optionalText,
  requiredDay,
  requiredText,
  uuidField,
  versionField,
} from "./fields";
import { MAX_HOURS_PER_DAY, MAX_WEEK_HOURS, MAX_WEEKS, RTW_STATUSES, numberWeeks, roundHalf, scheduleIssues } from "@/lib/rtw/plan";

const hours = decimalInRange(0, MAX_WEEK_HOURS).refine((n) => roundHalf(n) === n, "rtw.errors.halfHours");

/** Rows of a schedule as parallel form arrays: plannedHours[], plannedDays[], pattern[]. */
const scheduleRows = {
  plannedHours: listField(z.array(hours).min(1, "rtw.errors.noWeeks").max(MAX_WEEKS, "rtw.errors.tooManyWeeks")),
  plannedDays: listField(z.array(intInRange(0, 7, "days")).max(MAX_WEEKS, "rtw.errors.tooManyWeeks")),
  pattern: listField(z.array(optionalText(200)).max(MAX_WEEKS, "rtw.errors.tooManyWeeks")),
};

type Rows = { plannedHours: number[]; plannedDays: number[]; pattern: (string | null)[] };

function checkRows(v: Rows, ctx: z.RefinementCtx) {
  if (!Array.isArray(v.plannedHours) || !Array.isArray(v.plannedDays)) return;
  if (v.plannedDays.length !== v.plannedHours.length) {
    ctx.addIssue({ code: "custom", path: ["plannedDays"], message: "rtw.errors.rowsMismatch" });
    return;
  }
  const weeks = v.plannedHours.map((h, i) => ({ plannedHours: h, plannedDays: v.plannedDays[i]! }));
  // Rows whose fields failed already carry their own message.
  for (const issue of scheduleIssues(weeks))
    if (typeof weeks[issue.index]!.plannedHours === "number" && typeof weeks[issue.index]!.plannedDays === "number")
      ctx.addIssue({ code: "custom", path: [issue.field, issue.index], message: issue.code });
}

const toWeeks = (v: Rows) =>
  numberWeeks(v.plannedHours.map((h, i) => ({ plannedHours: h, plannedDays: v.plannedDays[i]!, pattern: v.pattern[i] ?? null })));

export const ZCreateRtwPlan = z
  .object({
    caseId: uuidField,
    startOn: requiredDay,
    employerContact: requiredText(300),
    note: optionalText(2000),
    startHours: hours,
    targetHours: hours,
    weeks: intInRange(1, MAX_WEEKS, "weeks"),
    startDays: intInRange(1, 7, "days"),
    targetDays: intInRange(1, 7, "days"),
  })
  .superRefine((v, ctx) => {
    // Object refinements also run when a field failed; compare only parsed numbers.
    if (![v.startHours, v.targetHours, v.startDays, v.targetDays].every((n) => typeof n === "number" && Number.isFinite(n))) return;
    if (v.targetHours < v.startHours) ctx.addIssue({ code: "custom", path: ["targetHours"], message: "rtw.errors.targetBelowStart" });
    if (v.targetDays < v.startDays) ctx.addIssue({ code: "custom", path: ["targetDays"], message: "rtw.errors.targetBelowStart" });
    if (v.startHours / v.startDays > MAX_HOURS_PER_DAY)
      ctx.addIssue({ code: "custom", path: ["startHours"], message: "rtw.errors.tooManyHoursPerDay" });
    if (v.targetHours / v.targetDays > MAX_HOURS_PER_DAY)
      ctx.addIssue({ code: "custom", path: ["targetHours"], message: "rtw.errors.tooManyHoursPerDay" });
  });
export type TCreateRtwPlan = z.output<typeof ZCreateRtwPlan>;

export const ZUpdateRtwPlan = z.object({
  caseId: uuidField,
  planId: uuidField,
  version: versionField,
  status: enumField(RTW_STATUSES),
  startOn: requiredDay,
  employerContact: requiredText(300),
  note: optionalText(2000),
  reason: optionalText(500),
});
export type TUpdateRtwPlan = z.output<typeof ZUpdateRtwPlan>;

export const ZSaveRtwSchedule = z
  .object({ caseId: uuidField, planId: uuidField, version: versionField, ...scheduleRows, reason: optionalText(500) })
  .superRefine(checkRows)
  .transform((v) => ({ caseId: v.caseId, planId: v.planId, version: v.version, reason: v.reason, weeks: toWeeks(v) }));
export type TSaveRtwSchedule = z.output<typeof ZSaveRtwSchedule>;

/** Actual hours of one week; `version` is the plan's version the form was loaded with (weeks are part of the plan, ADR 0012). */
export const ZRecordActualHours = z.object({
  caseId: uuidField,
  planId: uuidField,
  version: versionField,
  weekNumber: intInRange(1, MAX_WEEKS),
  actualHours: hours,
  note: optionalText(500),
});
export type TRecordActualHours = z.output<typeof ZRecordActualHours>;

export const ZProposeRtw = z
  .object({ caseId: uuidField, planId: uuidField, ...scheduleRows, note: requiredText(2000) })
  .superRefine(checkRows)
  .transform((v) => ({ caseId: v.caseId, planId: v.planId, note: v.note, weeks: toWeeks(v) }));
export type TProposeRtw = z.output<typeof ZProposeRtw>;

/** Accept or decline a proposal; `version` is the plan's version the caseworker saw (accepting replaces its weeks). */
export const ZDecideRtwProposal = z
  .object({
    caseId: uuidField,
    planId: uuidField,
    version: versionField,
    proposalId: uuidField,
    decision: enumField(["ACCEPT", "DECLINE"] as const),
    reason: optionalText(1000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "DECLINE" && (!v.reason || v.reason.length < 3))
      ctx.addIssue({ code: "custom", path: ["reason"], message: "errors.reasonRequired" });
  });
export type TDecideRtwProposal = z.output<typeof ZDecideRtwProposal>;

export const ZRequestAid = z.object({ caseId: uuidField, item: requiredText(200), amountDkk: intInRange(1, 10_000_000, "kroner") });
export type TRequestAid = z.output<typeof ZRequestAid>;

const decision = {
  aidId: uuidField,
  /** The aid's version the decision was based on. */
  version: versionField,
  decision: enumField(["APPROVE", "REJECT"] as const),
  reason: optionalText(1000),
};
const reasonOnReject = (v: { decision: "APPROVE" | "REJECT"; reason: string | null }, ctx: z.RefinementCtx) => {
  if (v.decision === "REJECT" && (!v.reason || v.reason.length < 3))
    ctx.addIssue({ code: "custom", path: ["reason"], message: "errors.reasonRequired" });
};

/** The caseworker decides on an aid of a case within the mandate. */
export const ZDecideAid = z.object({ caseId: uuidField, ...decision }).superRefine(reasonOnReject);
export type TDecideAid = z.output<typeof ZDecideAid>;

/** The jobcenter manager decides on an aid above the mandate (no case reference in the form). */
export const ZManagerDecideAid = z.object(decision).superRefine(reasonOnReject);
export type TManagerDecideAid = z.output<typeof ZManagerDecideAid>;
