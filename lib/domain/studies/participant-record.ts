// One study participant as the statistics core needs it (lib/studies, ADR 0011/0016): the case's
// records turned into a CaseRecord (outcomes), a RegistrationRecord (registration balance) and the
// baseline covariates (balance table, matching). Shared by the randomised loader (allocations) and
// the matched loader (cases of the population). Never returned to a page as rows.
import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { decryptCpr } from "@/lib/crypto/cpr";
import type { CaseRecord } from "@/lib/studies/outcomes";
import type { RegistrationRecord } from "@/lib/studies/registration-balance";
import type { MatchingCovariates } from "@/lib/studies/matching";
import { ageBand } from "@/lib/studies/matching";
import type { Arm } from "@/lib/studies/types";
import { danishDayOf, daysBetween } from "@/lib/time";
import { FACTS_SELECT, toCaseFacts } from "@/lib/domain/deadlines/case-facts";
import { followUpsDueByRules, type StudyRules } from "./follow-ups-due";

export type StudyParticipant = {
  arm: Arm;
  stratum: string;
  record: CaseRecord;
  registration: RegistrationRecord;
  covariates: MatchingCovariates;
};

/** The case fields a participant is derived from (select of SickLeaveCase). */
export const PARTICIPANT_CASE_SELECT = {
  id: true,
  firstAbsenceDay: true,
  diagnosisGroup: true,
  closedOn: true,
  closingReason: true,
  status: true,
  // What the deadline engine reads besides the records below (FACTS_SELECT, lib/domain/deadlines).
  voidedAt: true,
  employerConversationOn: true,
  extensionAssessedOn: true,
  doctorCertificateRequestedOn: true,
  doctorCertificateReceivedOn: true,
  visitations: FACTS_SELECT.visitations,
  earlyFollowUpRequests: FACTS_SELECT.earlyFollowUpRequests,
  rehabilitationTeamPresentations: FACTS_SELECT.rehabilitationTeamPresentations,
  reassessments: FACTS_SELECT.reassessments,
  referrals: FACTS_SELECT.referrals,
  citizen: {
    select: {
      birthDate: true,
      cprEncrypted: true,
      employmentStatus: true,
      rehabPlans: {
        where: { voidedAt: null },
        select: {
          progressNotes: { where: { voidedAt: null }, select: { writtenOn: true, selfRatedHealth: true, workAbility: true } },
        },
      },
    },
  },
  statusChanges: {
    orderBy: [{ effectiveOn: "asc" }, { createdAt: "asc" }],
    select: { status: true, effectiveOn: true, closingReason: true, createdAt: true },
  },
  exemptions: { where: { voidedAt: null }, select: { fromOn: true, untilOn: true, reason: true, createdAt: true } },
  followUps: {
    where: { voidedAt: null },
    select: { id: true, dueOn: true, status: true, heldAt: true, scheduledAt: true, createdAt: true },
  },
} as const satisfies Prisma.SickLeaveCaseSelect;

export type ParticipantCase = Prisma.SickLeaveCaseGetPayload<{ select: typeof PARTICIPANT_CASE_SELECT }>;

/** How the case entered: its arm, stratum, entry day (Danish day) and the held follow-up of entry. */
export type ParticipantEntry = { arm: Arm; stratum: string; entryDay: Date; followUpId: string };

const minDay = (days: (Date | null | undefined)[]): Date | null =>
  days.filter((d): d is Date => !!d).reduce<Date | null>((m, d) => (m === null || d < m ? d : m), null);

/** Sex from the CPR number's last digit (odd = man, even = woman; CPR-loven § 3). */
function sexOf(cprEncrypted: string): "M" | "F" {
  return Number(decryptCpr(cprEncrypted).slice(-1)) % 2 === 1 ? "M" : "F";
}

/** The case's facts as the deadline engine sees them on `analysisDay` (nothing dated after it). */
function factsAsOf(c: ParticipantCase, analysisDay: Date) {
  const by = (d: Date | null | undefined) => !!d && d <= analysisDay;
  return toCaseFacts({
    ...c,
    statusChanges: c.statusChanges.filter((s) => by(s.effectiveOn)),
    exemptions: c.exemptions.filter((x) => by(x.fromOn)),
    followUps: c.followUps.filter((f) => f.status === "HELD" && by(f.heldAt ?? f.scheduledAt)),
  });
}

/**
 * The participant of case `c` entered as `e`, as of `analysisDay` (records after it are left out).
 * Follow-ups "due" are those the deadline engine says came due between entry and the analysis day
 * under the organisation's `rules` (follow-ups-due.ts), "held" those held by their due day; without
 * a ruleset, the planned rows with a due day after entry up to the analysis day that were not
 * cancelled, and those of them held. First registration = the earliest follow-up, status change
 * or exemption recorded after entry. Weeks on benefit at entry = completed weeks since the first absence day.
 */
export function toParticipant(c: ParticipantCase, e: ParticipantEntry, analysisDay: Date, rules: StudyRules): StudyParticipant {
  const entry = e.entryDay;
  const after = (d: Date | null | undefined) => !!d && d >= entry && d <= analysisDay;
  const statusChanges = c.statusChanges.filter((s) => s.effectiveOn <= analysisDay);
  const closedByDay = c.closedOn && c.closedOn <= analysisDay;
  const due = c.followUps.filter(
    (f) => f.id !== e.followUpId && f.status !== "CANCELLED" && f.dueOn && f.dueOn > entry && f.dueOn <= analysisDay,
  );
  const record: CaseRecord = {
    firstAbsenceDay: c.firstAbsenceDay,
    entryDay: entry,
    statusChanges: statusChanges.map((s) => ({ status: s.status, effectiveOn: s.effectiveOn, closingReason: s.closingReason })),
    closedOn: closedByDay ? c.closedOn : null,
    closingReason: closedByDay ? c.closingReason : null,
    progressNotes: c.citizen.rehabPlans.flatMap((p) => p.progressNotes).filter((n) => n.writtenOn <= analysisDay),
  };
  const registered = [
    ...c.followUps.filter((f) => f.id !== e.followUpId).map((f) => danishDayOf(f.heldAt ?? f.createdAt)),
    ...c.statusChanges.map((s) => danishDayOf(s.createdAt)),
    ...c.exemptions.map((x) => danishDayOf(x.createdAt)),
  ].filter((d) => after(d));
  const lastClosing = [...statusChanges].reverse().find((s) => s.status === "CLOSED");
  const byRules = followUpsDueByRules(factsAsOf(c, analysisDay), entry, analysisDay, rules);
  const closed = !!closedByDay || !!lastClosing;
  const registration: RegistrationRecord = {
    arm: e.arm,
    firstAbsenceDay: c.firstAbsenceDay,
    entryDay: entry,
    exemptionsFrom: c.exemptions.map((x) => x.fromOn).filter((d) => d <= analysisDay),
    followUpsDue: byRules ? byRules.due : due.length,
    followUpsHeld: byRules ? byRules.held : due.filter((f) => f.status === "HELD").length,
    closed,
    closingReason: closed ? ((closedByDay ? c.closingReason : null) ?? lastClosing?.closingReason ?? null) : null,
    firstRegistrationDay: minDay(registered),
  };
  const covariates: MatchingCovariates = {
    ageBand: ageBand(c.citizen.birthDate, entry),
    sex: sexOf(c.citizen.cprEncrypted),
    diagnosisGroup: c.diagnosisGroup,
    employmentStatus: c.citizen.employmentStatus,
    weeksOnBenefitAtEntry: Math.floor(daysBetween(c.firstAbsenceDay, entry) / 7),
  };
  return { arm: e.arm, stratum: e.stratum, record, registration, covariates };
}
