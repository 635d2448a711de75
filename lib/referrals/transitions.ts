// The referral state machine (pure). SPEC §3:
//   SUBMITTED → ACCEPTED | WAITLISTED | REJECTED (reason required)
//   ACCEPTED  → WAITLISTED (no place yet) | STARTED | RETURNED
//   WAITLISTED → STARTED | RETURNED
//   STARTED   → COMPLETED | DROPPED (reason required) | RETURNED (tilbagevisitering, reason required)
// REJECTED, COMPLETED, DROPPED and RETURNED are final. Capacity (a free place to start) is checked
// separately (capacity.ts) because it needs the programme's current count.
import type { ReferralStatus } from "@/lib/db/generated/browser";

export type { ReferralStatus };
export const REFERRAL_STATUSES = [
  "SUBMITTED",
  "ACCEPTED",
  "WAITLISTED",
  "REJECTED",
  "STARTED",
  "COMPLETED",
  "DROPPED",
  "RETURNED",
] as const satisfies readonly ReferralStatus[];

export const REFERRAL_ACTIONS = ["accept", "waitlist", "reject", "start", "complete", "drop", "return"] as const;
export type ReferralAction = (typeof REFERRAL_ACTIONS)[number];

export type TimestampField = "acceptedAt" | "waitlistedAt" | "rejectedAt" | "startedAt" | "completedAt" | "droppedAt" | "returnedAt";

/**
 * The referral's column stamped when it enters each status after SUBMITTED (the transitions below,
 * and the import and the demo seed, which write a referral's whole course at once).
 */
export const STATUS_TIMESTAMP = {
  ACCEPTED: "acceptedAt",
  WAITLISTED: "waitlistedAt",
  REJECTED: "rejectedAt",
  STARTED: "startedAt",
  COMPLETED: "completedAt",
  DROPPED: "droppedAt",
  RETURNED: "returnedAt",
} as const satisfies Record<Exclude<ReferralStatus, "SUBMITTED">, TimestampField>;

/** Every status timestamp column of a referral (submittedAt aside). */
export const TIMESTAMP_FIELDS = Object.values(STATUS_TIMESTAMP);

type Rule = {
  from: readonly ReferralStatus[];
  to: ReferralStatus;
  timestamp: TimestampField;
  reasonRequired: boolean;
  /** Needs a free place in the programme (STARTED count < capacity). */
  needsPlace: boolean;
  /** Changes whether the citizen is "in an active programme" (follow-up frequency rule, SPEC §4). */
  affectsActiveProgramme: boolean;
};

export const TRANSITIONS: Record<ReferralAction, Rule> = {
  accept: {
    from: ["SUBMITTED"],
    to: "ACCEPTED",
    timestamp: "acceptedAt",
    reasonRequired: false,
    needsPlace: false,
    affectsActiveProgramme: false,
  },
  waitlist: {
    from: ["SUBMITTED", "ACCEPTED"],
    to: "WAITLISTED",
    timestamp: "waitlistedAt",
    reasonRequired: false,
    needsPlace: false,
    affectsActiveProgramme: false,
  },
  reject: {
    from: ["SUBMITTED"],
    to: "REJECTED",
    timestamp: "rejectedAt",
    reasonRequired: true,
    needsPlace: false,
    affectsActiveProgramme: false,
  },
  start: {
    from: ["ACCEPTED", "WAITLISTED"],
    to: "STARTED",
    timestamp: "startedAt",
    reasonRequired: false,
    needsPlace: true,
    affectsActiveProgramme: true,
  },
  complete: {
    from: ["STARTED"],
    to: "COMPLETED",
    timestamp: "completedAt",
    reasonRequired: false,
    needsPlace: false,
    affectsActiveProgramme: true,
  },
  drop: { from: ["STARTED"], to: "DROPPED", timestamp: "droppedAt", reasonRequired: true, needsPlace: false, affectsActiveProgramme: true },
  return: {
    from: ["ACCEPTED", "WAITLISTED", "STARTED"],
    to: "RETURNED",
    timestamp: "returnedAt",
    reasonRequired: true,
    needsPlace: false,
    affectsActiveProgramme: true,
  },
};

export const FINAL_STATUSES: readonly ReferralStatus[] = ["REJECTED", "COMPLETED", "DROPPED", "RETURNED"];
/** Statuses in which a referral is still open (counts as a duplicate for a new referral to the same programme). */
export const OPEN_STATUSES: readonly ReferralStatus[] = ["SUBMITTED", "ACCEPTED", "WAITLISTED", "STARTED"];

export const MIN_REASON_LENGTH = 3;

export function isReferralAction(v: unknown): v is ReferralAction {
  return typeof v === "string" && (REFERRAL_ACTIONS as readonly string[]).includes(v);
}

/** The actions that are legal from `status`, in display order. */
export function allowedActions(status: ReferralStatus): ReferralAction[] {
  return REFERRAL_ACTIONS.filter((a) => TRANSITIONS[a].from.includes(status));
}

export type TransitionDecision =
  | { ok: true; to: ReferralStatus; timestamp: TimestampField; needsPlace: boolean; affectsActiveProgramme: boolean; reason: string | null }
  | { ok: false; error: "illegalTransition" | "reasonRequired" };

/** Decides one transition. The reason is trimmed; an empty reason becomes null. */
export function decideTransition(from: ReferralStatus, action: ReferralAction, reason?: string | null): TransitionDecision {
  const rule = TRANSITIONS[action];
  if (!rule || !rule.from.includes(from)) return { ok: false, error: "illegalTransition" };
  const trimmed = (reason ?? "").trim();
  if (rule.reasonRequired && trimmed.length < MIN_REASON_LENGTH) return { ok: false, error: "reasonRequired" };
  return {
    ok: true,
    to: rule.to,
    timestamp: rule.timestamp,
    needsPlace: rule.needsPlace,
    affectsActiveProgramme: rule.affectsActiveProgramme,
    reason: trimmed || null,
  };
}
