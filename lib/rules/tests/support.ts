// Test support for the rules engine: compact case facts, table rows and their checks. The base
// case starts on Monday 5 Jan 2026 (day 1): end of week 4 = day 28 = 1 Feb, start of week 8 =
// day 50 = 23 Feb, end of week 8 = day 56 = 1 Mar.
import { expect } from "vitest";
import { addDays } from "../dates";
import { isoDay, parseIsoDay } from "@/lib/time";
import { computeCaseDeadlines } from "../dated";
import { DK_2014_DEFAULTS, DK_2014_VERSION } from "../dk";
import { computeDeadlines, DK_2009_VERSION, DK_DEFAULTS } from "../index";
import { nextDeadline } from "../report";
import type { DeadlineReport } from "../versions-types";
import type {
  CaseFacts,
  Deadline,
  DeadlineFlagKind,
  DeadlineKind,
  DeadlineState,
  EmploymentStatus,
  ExemptionReason,
  ExtensionGround,
  ReassessmentOutcome,
  VisitationCategory,
} from "../types";

type Status = CaseFacts["statusChanges"][number]["status"];
export const D = (s: string): Date => parseIsoDay(s) ?? new Date(NaN);
export const iso = (d: Date): string => isoDay(d);
export const FIRST = "2026-01-05";
/** Day n of a sick leave (day 1 = first absence day), as ISO. */
export const day = (n: number, first = FIRST) => iso(addDays(D(first), n - 1));

export type FactsInput = {
  first?: string;
  /** Status changes after the initial ACTIVE on the first absence day. */
  status?: [Status, string][];
  /** [from, until | null, reason?] */
  exempt?: [string, string | null, ExemptionReason?][];
  held?: string[];
  programmes?: [string, string | null][];
  employer?: string;
  assessed?: string;
  /** 2014 rules: [category, day] */
  visits?: [VisitationCategory, string][];
  certificate?: { requested?: string; received?: string };
  /** [by, day, declined-by-employee day?] */
  earlyRequests?: ["EMPLOYER" | "EMPLOYEE", string, string?][];
  rehabTeam?: string[];
  reassessments?: { on: string; outcome: ReassessmentOutcome; ground?: ExtensionGround; until?: string }[];
  employment?: EmploymentStatus;
};

export function facts(f: FactsInput = {}): CaseFacts {
  const first = f.first ?? FIRST;
  const out: CaseFacts = {
    firstAbsenceDay: D(first),
    statusChanges: [
      { status: "ACTIVE", effectiveOn: D(first) },
      ...(f.status ?? []).map(([status, on]) => ({ status, effectiveOn: D(on) })),
    ],
    exemptions: (f.exempt ?? []).map(([a, b, reason]) => ({ fromOn: D(a), untilOn: b ? D(b) : null, ...(reason ? { reason } : {}) })),
    heldFollowUps: (f.held ?? []).map(D),
    programmePeriods: (f.programmes ?? []).map(([a, b]) => ({ fromOn: D(a), untilOn: b ? D(b) : null })),
    employerConversationHeldOn: f.employer ? D(f.employer) : null,
    extensionAssessedOn: f.assessed ? D(f.assessed) : null,
  };
  if (f.visits) out.visitations = f.visits.map(([category, on]) => ({ category, on: D(on) }));
  if (f.certificate)
    out.doctorCertificate = {
      requestedOn: f.certificate.requested ? D(f.certificate.requested) : null,
      receivedOn: f.certificate.received ? D(f.certificate.received) : null,
    };
  if (f.earlyRequests)
    out.earlyFollowUpRequests = f.earlyRequests.map(([by, on, declined]) => ({
      by,
      requestedOn: D(on),
      declinedByEmployeeOn: declined ? D(declined) : null,
    }));
  if (f.rehabTeam) out.rehabilitationTeamOn = f.rehabTeam.map(D);
  if (f.reassessments)
    out.reassessments = f.reassessments.map((r) => ({
      decidedOn: D(r.on),
      outcome: r.outcome,
      ground: r.ground ?? null,
      extendedUntil: r.until ? D(r.until) : null,
    }));
  if (f.employment) out.employmentStatus = f.employment;
  return out;
}

export type Expect = {
  dueOn: string;
  state?: DeadlineState;
  basis?: string;
  paragraph?: string;
  satisfiedOn?: string | null;
  daysOverdue?: number;
  inPerson?: boolean;
} | null;

export type Row = {
  name: string;
  facts?: FactsInput;
  params?: Record<string, unknown>;
  today: string;
  /** Per kind: the expected deadline, or null when it must be absent. */
  expect?: Partial<Record<DeadlineKind, Expect>>;
  /** The expected next deadline (undefined: not checked). */
  next?: { kind: DeadlineKind; dueOn: string; state?: DeadlineState } | null;
  /** The exact set of flags (dated API only; undefined: not checked). */
  flags?: DeadlineFlagKind[];
};

/** Checks a computed deadline list against a row: one deadline per kind, the expected ones present with their fields, the others absent. */
export function checkRow(deadlines: Deadline[], row: Row): void {
  const byKind = new Map(deadlines.map((d) => [d.kind, d]));
  expect(deadlines.length, "one deadline per kind").toBe(byKind.size);
  for (const [kind, exp] of Object.entries(row.expect ?? {}) as [DeadlineKind, Expect][]) {
    const got = byKind.get(kind);
    if (exp === null) {
      expect(got, `${kind} absent`).toBeUndefined();
      continue;
    }
    expect(got, `${kind} present`).toBeDefined();
    expect(iso(got!.dueOn), `${kind} dueOn`).toBe(exp.dueOn);
    if (exp.state) expect(got!.state, `${kind} state`).toBe(exp.state);
    if (exp.basis) expect(got!.legalBasisKey, `${kind} basis`).toBe(exp.basis);
    if (exp.paragraph) expect(got!.legalParagraph, `${kind} paragraph`).toBe(exp.paragraph);
    if (exp.daysOverdue !== undefined) expect(got!.daysOverdue, `${kind} daysOverdue`).toBe(exp.daysOverdue);
    if (exp.inPerson !== undefined) expect(got!.inPersonRequired, `${kind} inPersonRequired`).toBe(exp.inPerson);
    if (exp.satisfiedOn !== undefined) expect(got!.satisfiedOn ? iso(got!.satisfiedOn) : null, `${kind} satisfiedOn`).toBe(exp.satisfiedOn);
  }
  if (row.next !== undefined) {
    const next = nextDeadline(deadlines);
    if (row.next === null) expect(next).toBeNull();
    else {
      expect(next?.kind).toBe(row.next.kind);
      expect(iso(next!.dueOn)).toBe(row.next.dueOn);
      if (row.next.state) expect(next!.state).toBe(row.next.state);
    }
  }
}

/** The report of a row under the 2014 rules alone (parameters: DK_2014_DEFAULTS with the row's changes). */
export function report2014(row: Row): DeadlineReport {
  const parameters = { ...DK_2014_DEFAULTS, ...(row.params ?? {}) };
  return computeCaseDeadlines("DK", [{ ...DK_2014_VERSION, effectiveFrom: null, parameters }], facts(row.facts), D(row.today));
}

/**
 * Runs a row against the 2014 rules and checks deadlines, next and flags. Without changed parameters
 * the built-in history (the default of computeCaseDeadlines) must give the same report: the base
 * case lies after 5 January 2015, when the 2014 version took effect.
 */
export function run2014(row: Row): void {
  const report = report2014(row);
  checkRow(report.deadlines, row);
  if (row.flags) expect(report.flags.map((f) => f.kind).sort()).toEqual([...row.flags].sort());
  if (!row.params) {
    const builtIn = computeCaseDeadlines("DK", undefined, facts(row.facts), D(row.today));
    expect({ deadlines: builtIn.deadlines, flags: builtIn.flags, key: builtIn.versionToday.key }).toEqual({
      deadlines: report.deadlines,
      flags: report.flags,
      key: "DK-2014",
    });
  }
}

/**
 * Runs a row against the 2009 version through both entry points: the single-parameter API
 * (computeDeadlines, what the domain calls today) and the dated API with the 2009 version alone,
 * which must give the same deadlines.
 */
export function run2009(row: Row): void {
  const params = row.params ?? DK_DEFAULTS;
  const legacy = computeDeadlines("DK", params, facts(row.facts), D(row.today));
  checkRow(legacy, row);
  const dated = computeCaseDeadlines("DK", [{ ...DK_2009_VERSION, parameters: params }], facts(row.facts), D(row.today));
  expect(dated.deadlines.map(({ versionKey: _key, ...d }) => d)).toEqual(legacy);
  expect(dated.deadlines.every((d) => d.versionKey === "DK-2009")).toBe(true);
}
