// The arms of a MATCHED study (issue 14, ADR 0016), formed at analysis time from the records; no
// case is allocated at entry. Population: cases of the organisation whose first held follow-up
// conversation falls in the study period (up to the analysis day), of the study's diagnosis groups,
// not closed on or before that day — the same entry rule as the randomised design.
// Intervention arm: population cases with a referral to one of the study's programmes that was
// ACCEPTED or STARTED (acceptedAt or startedAt set; whatever happened later — completed, dropped,
// returned — intention to treat) no later than GRACE_DAYS after entry. A case whose first such
// referral came later is left out of both arms (counted). Comparison pool: population cases without
// such a referral (a referral only submitted, wait-listed or rejected did not deliver the intervention).
// Each intervention case is matched 1:1 to a pool case by lib/studies/matching.ts. Loaded in the
// organisation-wide system context; only aggregates leave the use case that calls this.
import "server-only";
import type { SystemContext } from "@/lib/domain/run-use-case";
import { matchComparisonCases, type MatchCandidate, type MatchingCovariates, type MatchResult } from "@/lib/studies/matching";
import { deriveOutcomes, InvalidCaseRecordError } from "@/lib/studies/outcomes";
import { stratumKey } from "@/lib/studies/allocation";
import type { DiagnosisGroup } from "@/lib/db/generated/client";
import { addDays, danishDayOf, startOfDanishDay } from "@/lib/time";
import { PARTICIPANT_CASE_SELECT, toParticipant, type StudyParticipant } from "./participant-record";
import { loadStudyRules } from "./study-participants";

/** Days after entry within which the programme must have been accepted or started for the case to count as treated. */
export const GRACE_DAYS = 91;

export type MatchedStudy = { id: string; diagnosisGroups: DiagnosisGroup[]; startOn: Date; plannedEndOn: Date; programmeIds: string[] };

export type MatchedComparison = {
  /** Matched participants, pair by pair (intervention, then its comparison case); arm CONTROL = comparison. */
  participants: StudyParticipant[];
  /** Covariates before matching: every intervention case and the whole comparison pool (balance "before"). */
  before: { intervention: MatchingCovariates[]; comparison: MatchingCovariates[] };
  /** The pairs by case id: for tests and the auditor's reasoning only, never shown or returned by a use case. */
  matching: MatchResult;
  counts: {
    /** Population cases in the intervention arm before matching. */
    treated: number;
    /** Population cases in the comparison pool. */
    pool: number;
    /** Cases whose programme came later than GRACE_DAYS after entry (in neither arm). */
    lateIntervention: number;
    /** Cases whose records contradict their entry (e.g. first absence after entry), left out before matching. */
    invalid: number;
  };
};

type Candidate = { participant: StudyParticipant; candidate: MatchCandidate };

/**
 * The matched comparison of `study` as of `analysisDay` (see the rules above). Deterministic: cases
 * are read by id and the matching breaks every tie by id.
 */
export async function loadMatchedComparison(sys: SystemContext, study: MatchedStudy, analysisDay: Date): Promise<MatchedComparison> {
  const lastDay = study.plannedEndOn < analysisDay ? study.plannedEndOn : analysisDay;
  const rules = await loadStudyRules(sys);
  const cases = await sys.read.sickLeaveCase.findMany({
    where: {
      voidedAt: null,
      ...(study.diagnosisGroups.length ? { diagnosisGroup: { in: study.diagnosisGroups } } : {}),
      followUps: {
        some: {
          status: "HELD",
          voidedAt: null,
          heldAt: { gte: startOfDanishDay(study.startOn), lt: startOfDanishDay(addDays(lastDay, 1)) },
        },
      },
    },
    orderBy: { id: "asc" },
    select: {
      ...PARTICIPANT_CASE_SELECT,
      // Every referral: the started ones are facts of the deadline engine, the study's programmes decide the arm.
      referrals: {
        select: { programmeId: true, acceptedAt: true, startedAt: true, completedAt: true, droppedAt: true, returnedAt: true },
      },
    },
  });
  const treated: Candidate[] = [];
  const pool: Candidate[] = [];
  const counts = { treated: 0, pool: 0, lateIntervention: 0, invalid: 0 };
  for (const c of cases) {
    const first = c.followUps
      .filter((f) => f.status === "HELD" && f.heldAt)
      .sort((a, b) => a.heldAt!.getTime() - b.heldAt!.getTime() || (a.id < b.id ? -1 : 1))[0];
    if (!first) continue;
    const entryDay = danishDayOf(first.heldAt!);
    if (entryDay < study.startOn || entryDay > lastDay) continue;
    const closedBefore =
      (c.closedOn && c.closedOn <= entryDay) || c.statusChanges.some((s) => s.status === "CLOSED" && s.effectiveOn <= entryDay);
    if (closedBefore) continue;
    const received = c.referrals
      .filter((r) => study.programmeIds.includes(r.programmeId))
      .flatMap((r) => [r.acceptedAt, r.startedAt])
      .filter((d): d is Date => !!d)
      .map(danishDayOf)
      .filter((d) => d <= analysisDay)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    const late = !!received && received > addDays(entryDay, GRACE_DAYS);
    const arm = received && !late ? "INTERVENTION" : "CONTROL";
    const participant = toParticipant(c, { arm, stratum: stratumKey({}), entryDay, followUpId: first.id }, analysisDay, rules);
    try {
      deriveOutcomes(participant.record, analysisDay);
    } catch (e) {
      if (!(e instanceof InvalidCaseRecordError)) throw e;
      counts.invalid++;
      continue;
    }
    if (late) {
      counts.lateIntervention++;
      continue;
    }
    const candidate: MatchCandidate = { ...participant.covariates, id: c.id, organisationId: sys.organisationId, entryDay };
    (arm === "INTERVENTION" ? treated : pool).push({ participant, candidate });
  }
  counts.treated = treated.length;
  counts.pool = pool.length;
  const matching = matchComparisonCases(
    treated.map((x) => x.candidate),
    pool.map((x) => x.candidate),
  );
  const byId = new Map([...treated, ...pool].map((x) => [x.candidate.id, x.participant]));
  return {
    participants: matching.pairs.flatMap((p) => [byId.get(p.interventionId)!, byId.get(p.comparisonId)!]),
    before: { intervention: treated.map((x) => x.participant.covariates), comparison: pool.map((x) => x.participant.covariates) },
    matching,
    counts,
  };
}
