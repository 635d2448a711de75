// Who a randomised study's results count (issue 14): the participants entered up to the analysis day, split
// into those analysed and those excluded because their case records contradict their entry. Shared by the
// results page and the studies list, so that both publish the same counts (SPEC §6: no suppressed count may
// be recovered from the difference of two pages).
import type { SystemContext } from "@/lib/domain/run-use-case";
import { deriveOutcomes, InvalidCaseRecordError, type ParticipantOutcomes } from "@/lib/studies/outcomes";
import { danishDayOf } from "@/lib/time";
import { loadStudyParticipants, type StudyParticipant } from "./study-participants";

/**
 * The Danish day a study is analysed as of: `today` while it runs; once closed, the earlier of today and the
 * day it closed, so that a closed study's results never change with time.
 */
export function analysisDayOf(study: { status: "RUNNING" | "CLOSED"; closedAt: Date | null }, today: Date): Date {
  const closingDay = study.status === "CLOSED" && study.closedAt ? danishDayOf(study.closedAt) : null;
  return closingDay && closingDay < today ? closingDay : today;
}

/** The outcomes of a participant as of `day`, or null when its case record contradicts its entry. */
export function outcomesOrNull(record: Parameters<typeof deriveOutcomes>[0], day: Date): ParticipantOutcomes | null {
  try {
    return deriveOutcomes(record, day);
  } catch (e) {
    if (e instanceof InvalidCaseRecordError) return null;
    throw e;
  }
}

export type AnalysedParticipant = { p: StudyParticipant; outcomes: ParticipantOutcomes };

/**
 * The allocated participants of a randomised study entered up to `analysisDay`: `analysed` (with their outcomes)
 * and the number `excluded` (case records contradicting the entry, e.g. a closing back-dated before entry).
 */
export async function loadAnalysedParticipants(
  sys: SystemContext,
  studyId: string,
  analysisDay: Date,
): Promise<{ analysed: AnalysedParticipant[]; excluded: number }> {
  const loaded = await loadStudyParticipants(sys, studyId, analysisDay);
  const analysed: AnalysedParticipant[] = [];
  for (const p of loaded) {
    const outcomes = outcomesOrNull(p.record, analysisDay);
    if (outcomes) analysed.push({ p, outcomes });
  }
  return { analysed, excluded: loaded.length - analysed.length };
}
