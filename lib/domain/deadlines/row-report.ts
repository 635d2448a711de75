// What a worklist row shows of a case's deadline report (issue 8 item 7, issue 15): every overdue
// deadline with its days overdue (worst first), the flags, the visitation category in force and the
// exemption from follow-up in force (walk4 item 4: the case page showed it, the row did not).
// It depends on the day, so it is stored on the case together with the day it was computed for
// (SickLeaveCase.rowReport / rowReportOn, ADR 0023): written with the next deadline whenever the
// case's deadlines are recomputed (the "case changed" hook, before commit) and by the daily refresh
// for every open case. A list view uses the stored value only when it was computed for its own
// today, and computes the report live otherwise, so a missed refresh costs time, never correctness.
import {
  categoryOn,
  exemptionOn,
  type CaseFacts,
  type Deadline,
  type DeadlineFlag,
  type DeadlineReport,
  type ExemptionReason,
} from "@/lib/rules";
import { isoDay, parseIsoDay } from "@/lib/time";

export type RowReport = {
  overdue: Pick<Deadline, "kind" | "dueOn" | "daysOverdue" | "legalBasisKey" | "legalParagraph">[];
  flags: DeadlineFlag[];
  /** The visitation category in force on the day (§ 12), or null when none is recorded. */
  category: 1 | 2 | 3 | null;
  /** The exemption from follow-up in force on the day (`untilOn` = last exempt day, null = open-ended), or null. */
  exemption: { reason: ExemptionReason | null; untilOn: Date | null } | null;
};

/** The row report of a case without a ruleset (or not reported on). */
export const EMPTY_ROW_REPORT: RowReport = { overdue: [], flags: [], category: null, exemption: null };

/**
 * The row report on `today` from the case's deadline report on that day (null: voided) and its
 * facts; `facts` null when the organisation's jurisdiction has no ruleset (then EMPTY_ROW_REPORT).
 */
export function rowReportOf(report: DeadlineReport | null, facts: CaseFacts | null, today: Date): RowReport {
  if (!facts) return EMPTY_ROW_REPORT;
  return {
    overdue: (report?.overdue ?? []).map((d) => ({
      kind: d.kind,
      dueOn: d.dueOn,
      daysOverdue: d.daysOverdue,
      legalBasisKey: d.legalBasisKey,
      legalParagraph: d.legalParagraph,
    })),
    flags: report?.flags ?? [],
    category: categoryOn(facts, today) ?? null,
    exemption: exemptionOf(facts, today),
  };
}

function exemptionOf(facts: CaseFacts, today: Date): RowReport["exemption"] {
  const e = exemptionOn(facts, today);
  return e ? { reason: e.reason ?? null, untilOn: e.untilOn } : null;
}

/** The stored JSON form: days as ISO dates (yyyy-mm-dd), absent optional fields left out. */
export type StoredRowReport = {
  overdue: { kind: string; dueOn: string; daysOverdue?: number; legalBasisKey: string; legalParagraph?: string }[];
  flags: {
    kind: string;
    since: string;
    legalBasisKey: string;
    legalParagraph?: string;
    detail?: Record<string, string | number | boolean>;
  }[];
  category: 1 | 2 | 3 | null;
  /** Absent in reports stored before walk4 item 4: such a report is not used (computed live instead). */
  exemption?: { reason: string | null; untilOn: string | null } | null;
};

/** The JSON stored in SickLeaveCase.rowReport. */
export function toStoredRowReport(r: RowReport): StoredRowReport {
  return {
    overdue: r.overdue.map((d) => ({
      kind: d.kind,
      dueOn: isoDay(d.dueOn),
      ...(d.daysOverdue !== undefined ? { daysOverdue: d.daysOverdue } : {}),
      legalBasisKey: d.legalBasisKey,
      ...(d.legalParagraph !== undefined ? { legalParagraph: d.legalParagraph } : {}),
    })),
    flags: r.flags.map((f) => ({
      kind: f.kind,
      since: isoDay(f.since),
      legalBasisKey: f.legalBasisKey,
      ...(f.legalParagraph !== undefined ? { legalParagraph: f.legalParagraph } : {}),
      ...(f.detail !== undefined ? { detail: f.detail } : {}),
    })),
    category: r.category,
    exemption: r.exemption ? { reason: r.exemption.reason, untilOn: r.exemption.untilOn ? isoDay(r.exemption.untilOn) : null } : null,
  };
}

const day = (s: string): Date => {
  const d = parseIsoDay(s);
  if (!d) throw new Error(`stored row report: not a day: ${s}`);
  return d;
};

/** The row report stored on a case, back as values (the inverse of toStoredRowReport). */
export function fromStoredRowReport(s: StoredRowReport): RowReport {
  return {
    overdue: s.overdue.map((d) => ({ ...d, kind: d.kind as Deadline["kind"], dueOn: day(d.dueOn) })),
    flags: s.flags.map((f) => ({ ...f, kind: f.kind as DeadlineFlag["kind"], since: day(f.since) })),
    category: s.category,
    exemption: s.exemption
      ? { reason: s.exemption.reason as ExemptionReason | null, untilOn: s.exemption.untilOn ? day(s.exemption.untilOn) : null }
      : null,
  };
}

/**
 * The stored row report of a case row if it was computed for `today`, else undefined (compute it
 * live). `rowReportOn` is the Danish day it was computed for.
 */
export function storedRowReportFor(row: { rowReport: unknown; rowReportOn: Date | null }, today: Date): RowReport | undefined {
  if (!row.rowReport || row.rowReportOn?.getTime() !== today.getTime()) return undefined;
  // Stored before the exemption was part of the report: recompute rather than show "not exempt".
  if (typeof row.rowReport !== "object" || !("exemption" in row.rowReport)) return undefined;
  return fromStoredRowReport(row.rowReport as StoredRowReport);
}
