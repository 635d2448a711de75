// Urgency of a case's next deadline, from the denormalised nextDeadlineOn (pure).
// Order of the worklist: overdue, due within the due-soon window, on track, then no deadline.
import { DK_DEFAULTS, type DeadlineState } from "@/lib/rules/types";
import { addDays } from "@/lib/time";
import type { Prisma } from "@/lib/db/generated/client";

export type UrgencyState = DeadlineState | "NONE";

export const URGENCY_ORDER: readonly UrgencyState[] = ["OVERDUE", "DUE_SOON", "ON_TRACK", "NONE"];

/** Days ahead that count as "due soon" (the worklist's promise: due within 7 days). */
export const DUE_SOON_DAYS = DK_DEFAULTS.dueSoonDays;

export function urgencyOf(nextDeadlineOn: Date | null, today: Date, dueSoonDays = DUE_SOON_DAYS): UrgencyState {
  if (!nextDeadlineOn) return "NONE";
  if (nextDeadlineOn < today) return "OVERDUE";
  if (nextDeadlineOn <= addDays(today, dueSoonDays)) return "DUE_SOON";
  return "ON_TRACK";
}

/** The same classification as a SQL filter on nextDeadlineOn. */
export function urgencyWhere(state: UrgencyState, today: Date, dueSoonDays = DUE_SOON_DAYS): Prisma.SickLeaveCaseWhereInput {
  switch (state) {
    case "OVERDUE":
      return { nextDeadlineOn: { lt: today } };
    case "DUE_SOON":
      return { nextDeadlineOn: { gte: today, lte: addDays(today, dueSoonDays) } };
    case "ON_TRACK":
      return { nextDeadlineOn: { gt: addDays(today, dueSoonDays) } };
    case "NONE":
      return { nextDeadlineOn: null };
  }
}
