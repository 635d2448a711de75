// The order of the health center's referral inbox (pure; issue 8 item 8): the order work is done.
// 1. New referrals (SUBMITTED) first — they need triage — the longest waiting first.
// 2. Then the referrals still waiting for a course to start (ACCEPTED, WAITLISTED), the longest
//    waiting first.
// 3. Then the rest (STARTED and final statuses), the most recently submitted first.
// Waiting time is counted in whole Danish calendar days from the day the referral was submitted to
// today; only referrals that still wait (groups 1 and 2) have one.
import type { ReferralStatus } from "./transitions";
import { danishDayOf, daysBetween } from "@/lib/time";

/** Statuses in which a referral waits for the health center (triage or a start). */
export const WAITING_STATUSES: readonly ReferralStatus[] = ["SUBMITTED", "ACCEPTED", "WAITLISTED"];

export type InboxOrderable = { id: string; status: ReferralStatus; submittedAt: Date };

/** Inbox group of a status: 0 = new, 1 = waiting for a start, 2 = the rest. */
export function inboxGroup(status: ReferralStatus): 0 | 1 | 2 {
  if (status === "SUBMITTED") return 0;
  return WAITING_STATUSES.includes(status) ? 1 : 2;
}

/**
 * Days the referral has waited (today − the Danish day of submission, ≥ 0), or null when it no
 * longer waits (STARTED or final). `today` is a Danish calendar day (lib/clock).
 */
export function waitingDays(r: { status: ReferralStatus; submittedAt: Date }, today: Date): number | null {
  if (!WAITING_STATUSES.includes(r.status)) return null;
  return Math.max(0, daysBetween(danishDayOf(r.submittedAt), today));
}

/**
 * Comparator for the inbox order described above (total: ties broken by id, in the group's direction — the
 * rest newest first and the higher id first — so that the database reads each group in one index direction, ADR 0031).
 */
export function compareInbox(a: InboxOrderable, b: InboxOrderable): number {
  const g = inboxGroup(a.status) - inboxGroup(b.status);
  if (g !== 0) return g;
  const byId = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const ascending = a.submittedAt.getTime() - b.submittedAt.getTime() || byId;
  return inboxGroup(a.status) === 2 ? -ascending : ascending;
}

/** A sorted copy in inbox order. */
export function inboxOrder<T extends InboxOrderable>(rows: readonly T[]): T[] {
  return [...rows].sort(compareInbox);
}
