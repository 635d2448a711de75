// Outcomes of one study participant, derived from the plain records of their sick-leave case
// (no database): the time-to-event outcomes of issue 14 with censoring at the analysis day, the
// state "off benefit" 3, 6 and 12 months after entry, and the change in self-rated health and work
// ability between the first and the last progress note.
//
// Definitions (ADR 0011):
//  - Days are whole calendar days (UTC-midnight day values, as stored in @db.Date columns).
//    "From entry": day 0 = the entry day (the first held follow-up). "From first absence": day 0 =
//    the first absence day; the person is under observation from the entry day (delayed entry).
//  - Off benefit: the first closing of the case on or after the entry day. A closing because the
//    citizen MOVED ends observation (censored: the benefit goes on elsewhere); any other reason,
//    or none recorded ("UNKNOWN"), is the event. Open cases are censored at the analysis day.
//  - First return: the first day the case goes into partial return or closes with full return to
//    work. Leaving benefit for another reason censors (cause-specific). People who were in (or had
//    been in) partial return before the entry day are not at risk: `firstReturn` is null.
//  - Off benefit at m months: the case's state on entry day + m calendar months (clamped to month
//    end): true when closed (not moved), false when open; null when that day is after the analysis
//    day or the citizen moved away before it.
//  - Status changes on the same day apply in the order given; changes after the analysis day are ignored.
import { daysBetween } from "@/lib/time";
import type { CaseStatus, ClosingReason } from "./types";

/** Calendar months added to a day value (UTC midnight), clamped to the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addCalendarMonths(day: Date, months: number): Date {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day.getUTCDate(), last)));
}

export type StatusChange = { status: CaseStatus; effectiveOn: Date; closingReason?: ClosingReason | null };
export type ProgressNoteScores = { writtenOn: Date; selfRatedHealth: number; workAbility: number };

/** The case records the outcomes are derived from (non-voided records only). */
export type CaseRecord = {
  firstAbsenceDay: Date;
  /** The day the case entered the study (its first held follow-up conversation). */
  entryDay: Date;
  /** Every status change with its effective day (CaseStatusChange rows); closings carry their reason. */
  statusChanges: readonly StatusChange[];
  /** The case's current closing (SickLeaveCase.closedOn/closingReason), used when no CLOSED change is recorded for it. */
  closedOn?: Date | null;
  closingReason?: ClosingReason | null;
  /** Progress notes of the citizen's rehab plans linked to the case. */
  progressNotes?: readonly ProgressNoteScores[];
};

/** Days from the origin to the event or censoring; `entry` = days from the origin to the entry day. */
export type TimeToEvent = { time: number; event: boolean; entry: number };
export type TwoScales = { fromEntry: TimeToEvent; fromFirstAbsence: TimeToEvent };
export type ScoreChange = { first: number; last: number; change: number; days: number };

export type ParticipantOutcomes = {
  offBenefit: TwoScales & { reason: ClosingReason | "UNKNOWN" | null };
  firstReturn: TwoScales | null;
  offBenefitAt: { months: number; day: Date; value: boolean | null }[];
  scores: { notes: number; selfRatedHealth: ScoreChange | null; workAbility: ScoreChange | null };
};

/** Months after entry at which "off benefit" is read (issue 14: 3, 6 and 12). */
export const DEFAULT_HORIZON_MONTHS = [3, 6, 12] as const;

/** A case record that cannot be a study participant as given (a programming or data error, not user input). */
export class InvalidCaseRecordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidCaseRecordError";
  }
}

const isDay = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

/** The status history as used here: sorted by day (stable), up to the analysis day, with the case's closing added when missing. */
function timeline(record: CaseRecord, analysisDay: Date): StatusChange[] {
  const changes = [...record.statusChanges];
  if (record.closedOn && !changes.some((c) => c.status === "CLOSED" && c.effectiveOn.getTime() === record.closedOn!.getTime())) {
    changes.push({ status: "CLOSED", effectiveOn: record.closedOn, closingReason: record.closingReason ?? null });
  }
  return changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.effectiveOn.getTime() - b.c.effectiveOn.getTime() || a.i - b.i)
    .map(({ c }) => c)
    .filter((c) => c.effectiveOn.getTime() <= analysisDay.getTime());
}

function stateOn(changes: readonly StatusChange[], day: Date): StatusChange | null {
  let state: StatusChange | null = null;
  for (const c of changes) if (c.effectiveOn.getTime() <= day.getTime()) state = c;
  return state;
}

/**
 * Derives a participant's outcomes as of `analysisDay`.
 * Throws InvalidCaseRecordError when a day is missing or invalid, the entry lies before the first
 * absence day or after the analysis day, or the case was closed when it entered the study.
 */
export function deriveOutcomes(
  record: CaseRecord,
  analysisDay: Date,
  horizonsMonths: readonly number[] = DEFAULT_HORIZON_MONTHS,
): ParticipantOutcomes {
  const { firstAbsenceDay: first, entryDay: entry } = record;
  if (!isDay(first) || !isDay(entry) || !isDay(analysisDay))
    throw new InvalidCaseRecordError("first absence, entry and analysis day must be dates");
  if (record.statusChanges.some((c) => !isDay(c.effectiveOn))) throw new InvalidCaseRecordError("every status change needs a valid day");
  if (entry < first) throw new InvalidCaseRecordError("the entry day lies before the first absence day");
  if (entry > analysisDay) throw new InvalidCaseRecordError("the entry day lies after the analysis day");
  const changes = timeline(record, analysisDay);
  const before = changes.filter((c) => c.effectiveOn < entry);
  if (before.length && before[before.length - 1]!.status === "CLOSED")
    throw new InvalidCaseRecordError("the case was closed when it entered the study");
  const after = changes.filter((c) => c.effectiveOn >= entry);
  const entryOffset = daysBetween(first, entry);
  const scales = (day: Date, event: boolean): TwoScales => ({
    fromEntry: { time: daysBetween(entry, day), event, entry: 0 },
    fromFirstAbsence: { time: daysBetween(first, day), event, entry: entryOffset },
  });

  const closing = after.find((c) => c.status === "CLOSED");
  const offBenefit = closing
    ? { ...scales(closing.effectiveOn, closing.closingReason !== "MOVED"), reason: closing.closingReason ?? ("UNKNOWN" as const) }
    : { ...scales(analysisDay, false), reason: null };

  const returnedBefore = before.some(
    (c) => c.status === "PARTIAL_RETURN" || (c.status === "CLOSED" && c.closingReason === "FULL_RETURN_TO_WORK"),
  );
  let firstReturn: TwoScales | null = null;
  if (!returnedBefore) {
    const end = after.find((c) => c.status === "PARTIAL_RETURN" || c.status === "CLOSED");
    const returned = end && (end.status === "PARTIAL_RETURN" || end.closingReason === "FULL_RETURN_TO_WORK");
    firstReturn = end ? scales(end.effectiveOn, !!returned) : scales(analysisDay, false);
  }

  const offBenefitAt = horizonsMonths.map((months) => {
    const day = addCalendarMonths(entry, months);
    if (day > analysisDay) return { months, day, value: null };
    const state = stateOn(changes, day);
    if (state?.status === "CLOSED") return { months, day, value: state.closingReason === "MOVED" ? null : true };
    return { months, day, value: false };
  });

  const notes = [...(record.progressNotes ?? [])]
    .filter((n) => isDay(n.writtenOn) && n.writtenOn <= analysisDay)
    .map((n, i) => ({ n, i }))
    .sort((a, b) => a.n.writtenOn.getTime() - b.n.writtenOn.getTime() || a.i - b.i)
    .map(({ n }) => n);
  const change = (pick: (n: ProgressNoteScores) => number): ScoreChange | null => {
    if (notes.length < 2) return null;
    const a = notes[0]!;
    const b = notes[notes.length - 1]!;
    return { first: pick(a), last: pick(b), change: pick(b) - pick(a), days: daysBetween(a.writtenOn, b.writtenOn) };
  };

  return {
    offBenefit,
    firstReturn,
    offBenefitAt,
    scores: { notes: notes.length, selfRatedHealth: change((n) => n.selfRatedHealth), workAbility: change((n) => n.workAbility) },
  };
}
