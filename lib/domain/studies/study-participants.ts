// The participants of a study as the statistics core needs them (lib/studies, ADR 0011/0016):
// loaded in the organisation-wide system context (a manager has no person-level scope), turned
// into CaseRecord / RegistrationRecord / baseline covariates, and never returned to a page as rows.
import "server-only";
import type { SystemContext } from "@/lib/domain/run-use-case";
import { decryptCpr } from "@/lib/crypto/cpr";
import type { CaseRecord } from "@/lib/studies/outcomes";
import type { RegistrationRecord } from "@/lib/studies/registration-balance";
import type { MatchingCovariates } from "@/lib/studies/matching";
import { ageBand } from "@/lib/studies/matching";
import type { Arm } from "@/lib/studies/types";
import { danishDayOf, daysBetween } from "@/lib/time";

export type StudyParticipant = {
  arm: Arm;
  stratum: string;
  record: CaseRecord;
  registration: RegistrationRecord;
  covariates: MatchingCovariates;
};

const minDay = (days: (Date | null | undefined)[]): Date | null =>
  days.filter((d): d is Date => !!d).reduce<Date | null>((m, d) => (m === null || d < m ? d : m), null);

/** Sex from the CPR number's last digit (odd = man, even = woman; CPR-loven § 3). */
function sexOf(cprEncrypted: string): "M" | "F" {
  return Number(decryptCpr(cprEncrypted).slice(-1)) % 2 === 1 ? "M" : "F";
}

/**
 * Every participant of `studyId` with the case records the outcomes, registration balance and
 * baseline table are derived from, as of `analysisDay` (records after it are left out).
 * Follow-ups "due" are those with a due day after entry up to the analysis day that were not
 * cancelled; "held" those of them held. First registration = the earliest follow-up, status change
 * or exemption recorded after entry.
 */
export async function loadStudyParticipants(sys: SystemContext, studyId: string, analysisDay: Date): Promise<StudyParticipant[]> {
  const rows = await sys.read.studyAllocation.findMany({
    where: { studyId, entryDay: { lte: analysisDay } },
    orderBy: [{ stratum: "asc" }, { index: "asc" }],
    select: {
      arm: true,
      stratum: true,
      entryDay: true,
      followUpId: true,
      case: {
        select: {
          firstAbsenceDay: true,
          diagnosisGroup: true,
          closedOn: true,
          closingReason: true,
          status: true,
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
            orderBy: { effectiveOn: "asc" },
            select: { status: true, effectiveOn: true, closingReason: true, createdAt: true },
          },
          exemptions: { where: { voidedAt: null }, select: { fromOn: true, createdAt: true } },
          followUps: { where: { voidedAt: null }, select: { id: true, dueOn: true, status: true, heldAt: true, createdAt: true } },
        },
      },
    },
  });
  return rows.map((r) => {
    const c = r.case;
    const entry = r.entryDay;
    const after = (d: Date | null | undefined) => !!d && d >= entry && d <= analysisDay;
    const statusChanges = c.statusChanges.filter((s) => s.effectiveOn <= analysisDay);
    const closedByDay = c.closedOn && c.closedOn <= analysisDay;
    const due = c.followUps.filter(
      (f) => f.id !== r.followUpId && f.status !== "CANCELLED" && f.dueOn && f.dueOn > entry && f.dueOn <= analysisDay,
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
      ...c.followUps.filter((f) => f.id !== r.followUpId).map((f) => danishDayOf(f.heldAt ?? f.createdAt)),
      ...c.statusChanges.map((s) => danishDayOf(s.createdAt)),
      ...c.exemptions.map((e) => danishDayOf(e.createdAt)),
    ].filter((d) => after(d));
    const lastClosing = [...statusChanges].reverse().find((s) => s.status === "CLOSED");
    const closed = !!closedByDay || !!lastClosing;
    const registration: RegistrationRecord = {
      arm: r.arm,
      firstAbsenceDay: c.firstAbsenceDay,
      entryDay: entry,
      exemptionsFrom: c.exemptions.map((e) => e.fromOn).filter((d) => d <= analysisDay),
      followUpsDue: due.length,
      followUpsHeld: due.filter((f) => f.status === "HELD").length,
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
    return { arm: r.arm, stratum: r.stratum, record, registration, covariates };
  });
}
