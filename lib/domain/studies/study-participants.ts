// The participants of a randomised study (ADR 0016): its allocations with their cases' records,
// loaded in the organisation-wide system context (a manager has no person-level scope) and turned
// into what the statistics core needs (participant-record.ts). Never returned to a page as rows.
import "server-only";
import type { SystemContext } from "@/lib/domain/run-use-case";
import { activeVersions } from "@/lib/domain/deadlines/case-facts";
import { PARTICIPANT_CASE_SELECT, toParticipant, type StudyParticipant } from "./participant-record";
import type { StudyRules } from "./follow-ups-due";

export type { StudyParticipant } from "./participant-record";

/**
 * Every allocated participant of `studyId` entered up to `analysisDay`, by stratum and entrant
 * number (the bootstrap resamples in this order), with the records as of `analysisDay`.
 */
export async function loadStudyParticipants(sys: SystemContext, studyId: string, analysisDay: Date): Promise<StudyParticipant[]> {
  const rows = await sys.read.studyAllocation.findMany({
    where: { studyId, entryDay: { lte: analysisDay } },
    orderBy: [{ stratum: "asc" }, { index: "asc" }],
    select: { arm: true, stratum: true, entryDay: true, followUpId: true, case: { select: PARTICIPANT_CASE_SELECT } },
  });
  const rules = await loadStudyRules(sys);
  return rows.map((r) => toParticipant(r.case, r, analysisDay, rules));
}

/** The organisation's jurisdiction and dated rule versions, for the follow-ups due (follow-ups-due.ts). */
export async function loadStudyRules(sys: SystemContext): Promise<StudyRules> {
  const org = await sys.read.organisation.findFirst({ select: { jurisdiction: true } });
  if (!org) return null;
  return { jurisdiction: org.jurisdiction, versions: await activeVersions(sys.read, org.jurisdiction) };
}
