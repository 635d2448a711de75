// Closing a case closes its loose ends (issue 8 item 6; pure, browser-safe). What is still open
// on a case when it closes, and what the caseworker may decide for each:
// - a referral still open (SUBMITTED, ACCEPTED, WAITLISTED, STARTED): "return" it to the jobcenter
//   (RETURNED; the health center sees it on the referral and in its inbox), or, for a course that
//   has started, "complete" it (COMPLETED);
// - a return-to-work plan in DRAFT or ACTIVE: "end" it (an active plan is COMPLETED, a draft CANCELLED);
// - a planned follow-up: "cancel" it (CANCELLED).
// A case cannot close while one of them has no decision (lib/domain/cases/close-loose-ends.ts).
// Rehab plans are the health center's records: the jobcenter does not end them; the health
// center's views show that the case is closed.
import type { ReferralStatus, RtwPlanStatus } from "@/lib/db/generated/browser";

export const LOOSE_END_KINDS = ["referral", "rtwPlan", "followUp"] as const;
export type LooseEndKind = (typeof LOOSE_END_KINDS)[number];
export const LOOSE_END_DECISIONS = ["return", "complete", "end", "cancel"] as const;
export type LooseEndDecision = (typeof LOOSE_END_DECISIONS)[number];

/** Referral statuses that are loose ends of a closing case. */
export const OPEN_REFERRAL_STATUSES: readonly ReferralStatus[] = ["SUBMITTED", "ACCEPTED", "WAITLISTED", "STARTED"];
/** Return-to-work plan statuses that are loose ends of a closing case. */
export const OPEN_RTW_STATUSES: readonly RtwPlanStatus[] = ["DRAFT", "ACTIVE"];

/** The decisions allowed for a loose end of `kind` in `status` (the record's current status). */
export function allowedDecisions(kind: LooseEndKind, status: string): LooseEndDecision[] {
  switch (kind) {
    case "referral":
      return status === "STARTED" ? ["complete", "return"] : ["return"];
    case "rtwPlan":
      return ["end"];
    case "followUp":
      return ["cancel"];
  }
}

/** The referral status a jobcenter decision leads to. */
export function referralOutcome(decision: LooseEndDecision): "COMPLETED" | "RETURNED" {
  return decision === "complete" ? "COMPLETED" : "RETURNED";
}

/** The status an ended return-to-work plan gets: an active plan is completed, a draft cancelled. */
export function rtwOutcome(status: RtwPlanStatus): "COMPLETED" | "CANCELLED" {
  return status === "ACTIVE" ? "COMPLETED" : "CANCELLED";
}

const PREFIX = "decision.";

/** The form field of the decision on one loose end (shared by the form and the schema). */
export function decisionFieldName(kind: LooseEndKind, id: string): string {
  return `${PREFIX}${kind}.${id}`;
}

/** The value of a decision's radio button: the decision and the version of the record it was based on. */
export function decisionValue(decision: LooseEndDecision, version: number): string {
  return `${decision}@${version}`;
}

export type RawDecision = { kind: string; id: string; value: unknown };

/** Moves the "decision.<kind>.<id>" fields of a form object into `decisions` (a schema preprocess step). */
export function collectDecisions(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const decisions: RawDecision[] = [];
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input as Record<string, unknown>)) {
    if (!k.startsWith(PREFIX)) {
      rest[k] = v;
      continue;
    }
    const [kind = "", id = ""] = k.slice(PREFIX.length).split(".");
    decisions.push({ kind, id, value: v });
  }
  return { ...rest, decisions };
}

/** "return@3" → { decision: "return", version: 3 }, or null. */
export function parseDecisionValue(v: unknown): { decision: LooseEndDecision; version: number } | null {
  if (typeof v !== "string") return null;
  const m = /^(return|complete|end|cancel)@([1-9]\d{0,8})$/.exec(v);
  return m ? { decision: m[1] as LooseEndDecision, version: Number(m[2]) } : null;
}
