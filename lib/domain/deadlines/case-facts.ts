// A case's stored facts as the rules engine's CaseFacts (lib/rules), and its deadlines under a
// ruleset. Legal days are Danish calendar days: an instant (a follow-up held, a programme started)
// counts on its Danish day (lib/time), so 00:30 Danish time belongs to that day.
import type { Prisma } from "@/lib/db/generated/client";
import {
  computeCaseDeadlines,
  hasRuleset,
  type CaseFacts,
  type Deadline,
  type DeadlineReport,
  type RuleVersionInput,
  type VisitationCategory,
} from "@/lib/rules";
import { danishDayOf } from "@/lib/time";
import type { Tx } from "@/lib/domain/scoped-finders";
import { getRuleVersions, type RuleVersionReader } from "@/lib/domain/rules/get-rule-versions";
import { EMPTY_ROW_REPORT, rowReportOf, toStoredRowReport, type RowReport } from "./row-report";

export const FACTS_SELECT = {
  id: true,
  firstAbsenceDay: true,
  status: true,
  closedOn: true,
  voidedAt: true,
  nextDeadlineOn: true,
  nextDeadlineKind: true,
  rowReport: true,
  rowReportOn: true,
  employerConversationOn: true,
  extensionAssessedOn: true,
  doctorCertificateRequestedOn: true,
  doctorCertificateReceivedOn: true,
  citizen: { select: { employmentStatus: true } },
  visitations: {
    where: { voidedAt: null },
    select: { category: true, visitedOn: true },
    orderBy: [{ visitedOn: "asc" }, { createdAt: "asc" }],
  },
  earlyFollowUpRequests: { where: { voidedAt: null }, select: { requestedOn: true, requestedBy: true, declinedByEmployeeOn: true } },
  rehabilitationTeamPresentations: { where: { voidedAt: null }, select: { presentedOn: true } },
  reassessments: {
    where: { voidedAt: null },
    select: { decidedOn: true, outcome: true, ground: true, extendedUntil: true },
    orderBy: [{ decidedOn: "asc" }, { createdAt: "asc" }],
  },
  statusChanges: { select: { status: true, effectiveOn: true }, orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }] },
  exemptions: { where: { voidedAt: null }, select: { fromOn: true, untilOn: true, reason: true } },
  followUps: { where: { status: "HELD", voidedAt: null }, select: { heldAt: true, scheduledAt: true } },
  referrals: { where: { startedAt: { not: null } }, select: { startedAt: true, completedAt: true, droppedAt: true, returnedAt: true } },
} satisfies Prisma.SickLeaveCaseSelect;

export type FactsRow = Prisma.SickLeaveCaseGetPayload<{ select: typeof FACTS_SELECT }>;

/** What toCaseFacts reads of a case (FACTS_SELECT without the stored, derived columns). */
export type FactsInput = Omit<FactsRow, "id" | "nextDeadlineOn" | "nextDeadlineKind" | "rowReport" | "rowReportOn">;

/** The rules engine's view of a stored case (pure). */
export function toCaseFacts(row: FactsInput): CaseFacts {
  const statusChanges = row.statusChanges.map((c) => ({ status: c.status, effectiveOn: c.effectiveOn }));
  // The case row's status is authoritative; a case without (or with a stale) change history still
  // gets the right current status.
  const last = statusChanges.at(-1);
  if (!last) statusChanges.push({ status: row.status, effectiveOn: row.firstAbsenceDay });
  else if (last.status !== row.status)
    statusChanges.push({ status: row.status, effectiveOn: row.status === "CLOSED" && row.closedOn ? row.closedOn : last.effectiveOn });
  const heldFollowUps = row.followUps.flatMap((f) => {
    const at = f.heldAt ?? f.scheduledAt;
    return at ? [danishDayOf(at)] : [];
  });
  const programmePeriods = row.referrals.flatMap((r) => {
    if (!r.startedAt) return [];
    const ends = [r.completedAt, r.droppedAt, r.returnedAt].filter((d): d is Date => d !== null).map((d) => d.getTime());
    return [{ fromOn: danishDayOf(r.startedAt), untilOn: ends.length ? danishDayOf(new Date(Math.min(...ends))) : null }];
  });
  return {
    firstAbsenceDay: row.firstAbsenceDay,
    statusChanges,
    exemptions: row.exemptions.map((e) => ({ fromOn: e.fromOn, untilOn: e.untilOn, reason: e.reason })),
    heldFollowUps,
    programmePeriods,
    employerConversationHeldOn: row.employerConversationOn,
    extensionAssessedOn: row.extensionAssessedOn,
    visitations: row.visitations.map((v) => ({ category: v.category as VisitationCategory, on: v.visitedOn })),
    doctorCertificate:
      row.doctorCertificateRequestedOn || row.doctorCertificateReceivedOn
        ? { requestedOn: row.doctorCertificateRequestedOn, receivedOn: row.doctorCertificateReceivedOn }
        : null,
    earlyFollowUpRequests: row.earlyFollowUpRequests.map((r) => ({
      requestedOn: r.requestedOn,
      by: r.requestedBy,
      declinedByEmployeeOn: r.declinedByEmployeeOn,
    })),
    rehabilitationTeamOn: row.rehabilitationTeamPresentations.map((p) => p.presentedOn),
    reassessments: row.reassessments.map((r) => ({
      decidedOn: r.decidedOn,
      outcome: r.outcome,
      ground: r.ground,
      extendedUntil: r.extendedUntil,
    })),
    employmentStatus: row.citizen.employmentStatus,
  };
}

/**
 * The deadline report of a stored case on `today` under the organisation's dated versions (ADR 0006):
 * every deadline, the overdue ones (worst first), the next one and the flags. Null for a voided case
 * or a jurisdiction without a ruleset yet.
 */
export function reportOf(row: FactsRow, jurisdiction: string, versions: readonly RuleVersionInput[], today: Date): DeadlineReport | null {
  return reportsOf(row, jurisdiction, versions, today).report;
}

/**
 * The deadline report (as reportOf) and the worklist row's report (row-report.ts) of a stored case
 * on `today`, from one conversion of its facts.
 */
export function reportsOf(
  row: FactsRow,
  jurisdiction: string | null,
  versions: readonly RuleVersionInput[],
  today: Date,
): { report: DeadlineReport | null; row: RowReport } {
  if (!jurisdiction || !hasRuleset(jurisdiction)) return { report: null, row: EMPTY_ROW_REPORT };
  const facts = toCaseFacts(row);
  const report = row.voidedAt ? null : computeCaseDeadlines(jurisdiction, versions.length ? versions : undefined, facts, today);
  return { report, row: rowReportOf(report, facts, today) };
}

/**
 * The deadline report (as reportOf) of a case whose facts the caller has already read (FactsInput,
 * e.g. the case page's own rows), so they are not read twice. Null for a voided case or a
 * jurisdiction without a ruleset (`jurisdiction` null: the organisation has none).
 */
export function reportOfFacts(
  row: FactsInput,
  jurisdiction: string | null,
  versions: readonly RuleVersionInput[],
  today: Date,
): DeadlineReport | null {
  if (row.voidedAt || !jurisdiction || !hasRuleset(jurisdiction)) return null;
  return computeCaseDeadlines(jurisdiction, versions.length ? versions : undefined, toCaseFacts(row), today);
}

/** The dated versions of the reader's organisation (built in where none are stored); empty without a ruleset. */
export async function activeVersions(read: RuleVersionReader, jurisdiction: string): Promise<RuleVersionInput[]> {
  return getRuleVersions(read, jurisdiction);
}

/**
 * Stores the next deadline on the case (nextDeadlineOn/Kind, so worklists sort in SQL) and the
 * worklist row's report for `today` (rowReport/rowReportOn, ADR 0023) when either differs from what
 * is stored. The row was found through a scope by the caller. Derived data, not a fact: neither
 * versioned nor logged per case (the change that caused it is).
 * @returns "next" when the next deadline changed (what the daily refresh counts as updated), "report" when only
 *   the row's report was rewritten (a new day, or what the row shows changed), "none" when nothing was written.
 */
export async function storeNextDeadline(
  tx: Tx,
  row: FactsRow,
  reports: { report: DeadlineReport | null; row: RowReport },
  today: Date,
): Promise<"next" | "report" | "none"> {
  const next = reports.report?.next ?? null;
  const on = next?.dueOn ?? null;
  const kind = next?.kind ?? null;
  const nextChanged = (row.nextDeadlineOn?.getTime() ?? null) !== (on?.getTime() ?? null) || row.nextDeadlineKind !== kind;
  const stored = toStoredRowReport(reports.row);
  const rowChanged = row.rowReportOn?.getTime() !== today.getTime() || JSON.stringify(row.rowReport) !== JSON.stringify(stored);
  if (!nextChanged && !rowChanged) return "none";
  await tx.sickLeaveCase.update({
    where: { id: row.id },
    data: { nextDeadlineOn: on, nextDeadlineKind: kind, rowReport: stored, rowReportOn: today },
    select: { id: true },
  });
  return nextChanged ? "next" : "report";
}
