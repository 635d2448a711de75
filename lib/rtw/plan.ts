// Graded return to work (optrapningsplan), pure helpers: a step-up schedule from start hours to
// target hours, totals and the rules every schedule must satisfy. Usable in the browser.
import { addDays } from "@/lib/rules/dates";

export const MAX_WEEKS = 52;
/** The working-time directive's average maximum; a plan above it is a typing error. */
export const MAX_WEEK_HOURS = 48;
export const MAX_HOURS_PER_DAY = 12;

export type RtwWeekDraft = { weekNumber: number; plannedHours: number; plannedDays: number; pattern: string | null };
export type RtwWeekLike = { weekNumber: number; plannedHours: number; plannedDays: number; actualHours: number | null };

export type StepUpInput = {
  startHours: number;
  targetHours: number;
  weeks: number;
  startDays: number;
  targetDays: number;
};

/** Rounds to the nearest half hour. */
export function roundHalf(n: number): number {
  return Math.round(n * 2) / 2;
}

/**
 * Linear step-up from `startHours` in week 1 to `targetHours` in the last week, in half hours,
 * and from `startDays` to `targetDays` working days. Never steps down when target ≥ start.
 */
export function stepUpSchedule(input: StepUpInput): RtwWeekDraft[] {
  const { startHours, targetHours, weeks, startDays, targetDays } = input;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) throw new RangeError("weeks out of range");
  const out: RtwWeekDraft[] = [];
  for (let i = 0; i < weeks; i++) {
    const f = weeks === 1 ? 1 : i / (weeks - 1);
    const hours = roundHalf(startHours + (targetHours - startHours) * f);
    // Enough days that no day exceeds the daily maximum (never more than the target's days).
    const days = Math.max(Math.round(startDays + (targetDays - startDays) * f), Math.ceil(hours / MAX_HOURS_PER_DAY), hours > 0 ? 1 : 0);
    out.push({ weekNumber: i + 1, plannedHours: hours, plannedDays: Math.min(7, days), pattern: null });
  }
  return out;
}

/** Monday-agnostic: week n starts (n−1) × 7 days after the plan's start date. */
export function weekStartOn(planStart: Date, weekNumber: number): Date {
  return addDays(planStart, (weekNumber - 1) * 7);
}

export type RtwTotals = {
  plannedHours: number;
  actualHours: number;
  weeksWithActual: number;
  plannedHoursInRecordedWeeks: number;
  ratio: number | null;
};

/** Planned and actual totals; `ratio` compares actual with planned hours of the weeks that have actual hours. */
export function rtwTotals(weeks: readonly RtwWeekLike[]): RtwTotals {
  let plannedHours = 0;
  let actualHours = 0;
  let weeksWithActual = 0;
  let plannedHoursInRecordedWeeks = 0;
  for (const w of weeks) {
    plannedHours += w.plannedHours;
    if (w.actualHours !== null) {
      actualHours += w.actualHours;
      weeksWithActual++;
      plannedHoursInRecordedWeeks += w.plannedHours;
    }
  }
  return {
    plannedHours,
    actualHours,
    weeksWithActual,
    plannedHoursInRecordedWeeks,
    ratio: weeksWithActual > 0 && plannedHoursInRecordedWeeks > 0 ? actualHours / plannedHoursInRecordedWeeks : null,
  };
}

export type WeekIssue = { index: number; field: "plannedHours" | "plannedDays"; code: string };

/** Rules of a planned schedule, as translation keys per row and field. Empty when valid. */
export function scheduleIssues(weeks: readonly Pick<RtwWeekDraft, "plannedHours" | "plannedDays">[]): WeekIssue[] {
  const issues: WeekIssue[] = [];
  weeks.forEach((w, index) => {
    if (!Number.isFinite(w.plannedHours) || w.plannedHours < 0 || w.plannedHours > MAX_WEEK_HOURS)
      issues.push({ index, field: "plannedHours", code: "rtw.errors.hoursOutOfRange" });
    else if (roundHalf(w.plannedHours) !== w.plannedHours) issues.push({ index, field: "plannedHours", code: "rtw.errors.halfHours" });
    if (!Number.isInteger(w.plannedDays) || w.plannedDays < 0 || w.plannedDays > 7)
      issues.push({ index, field: "plannedDays", code: "rtw.errors.daysOutOfRange" });
    else if (w.plannedHours > 0 && w.plannedDays === 0) issues.push({ index, field: "plannedDays", code: "rtw.errors.daysRequired" });
    else if (w.plannedDays > 0 && w.plannedHours / w.plannedDays > MAX_HOURS_PER_DAY)
      issues.push({ index, field: "plannedHours", code: "rtw.errors.tooManyHoursPerDay" });
  });
  return issues;
}

/** Numbers the rows 1..n in order (the form and proposals carry rows, not week numbers). */
export function numberWeeks(rows: readonly Omit<RtwWeekDraft, "weekNumber">[]): RtwWeekDraft[] {
  return rows.map((r, i) => ({ ...r, weekNumber: i + 1 }));
}

/** Reads proposal weeks stored as Json; invalid shapes give null. */
export function readProposalWeeks(json: unknown): RtwWeekDraft[] | null {
  if (!Array.isArray(json)) return null;
  const out: RtwWeekDraft[] = [];
  for (const [i, raw] of json.entries()) {
    if (!raw || typeof raw !== "object") return null;
    const o = raw as Record<string, unknown>;
    if (typeof o.plannedHours !== "number" || typeof o.plannedDays !== "number") return null;
    out.push({
      weekNumber: i + 1,
      plannedHours: o.plannedHours,
      plannedDays: o.plannedDays,
      pattern: typeof o.pattern === "string" && o.pattern ? o.pattern : null,
    });
  }
  return out;
}

/** Status changes of a plan: DRAFT → ACTIVE → COMPLETED; DRAFT/ACTIVE → CANCELLED; terminal states stay. */
export const RTW_STATUSES = ["DRAFT", "ACTIVE", "COMPLETED", "CANCELLED"] as const;
export type RtwStatus = (typeof RTW_STATUSES)[number];

export function canChangeStatus(from: RtwStatus, to: RtwStatus): boolean {
  if (from === to) return true;
  switch (from) {
    case "DRAFT":
      return to === "ACTIVE" || to === "CANCELLED";
    case "ACTIVE":
      return to === "COMPLETED" || to === "CANCELLED";
    default:
      return false;
  }
}

export function isOpenStatus(s: RtwStatus): boolean {
  return s === "DRAFT" || s === "ACTIVE";
}

/** Whether a caseworker may approve `amountDkk` within the organisation's mandate. */
export function withinMandate(amountDkk: number, mandateDkk: number): boolean {
  return amountDkk <= mandateDkk;
}
