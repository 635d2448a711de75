// Which board pack a monthly board meeting discusses (issue 12 / ADR 0014): the last complete month
// before the meeting's Danish month, as "YYYY-MM" for /dashboard/print?month=….
import { danishDayOf } from "@/lib/time";

/** "YYYY-MM" of the month before the Danish month of `startsAt`. */
export function boardPackMonthFor(startsAt: Date): string {
  const day = danishDayOf(startsAt);
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth(); // 0-based: this is already the previous month's 1-based number
  return m === 0 ? `${y - 1}-12` : `${y}-${String(m).padStart(2, "0")}`;
}
