// The export of a study's results (issue 14): the same disclosure-safe view as the results page,
// logged as an EXPORT of aggregates (no person in the log row).
import { defineUseCase } from "@/lib/domain/run-use-case";
import { isoDay } from "@/lib/time";
import type { TStudyRef } from "@/lib/validation/studies";
import { computeStudyResults, type StudyResults } from "./get-study-results";

/**
 * The results of `studyId` for a CSV file, with an access-log row (action EXPORT, record type
 * "StudyResults", the analysis day as details).
 * @throws NotFoundError without "study.viewResults" or for a study outside the organisation.
 */
export const exportStudyResults = defineUseCase(
  { capability: "study.viewResults", notFound: "study" },
  async (ctx, input: TStudyRef): Promise<StudyResults> => {
    const r = await computeStudyResults(ctx, input.studyId);
    await ctx.audit.exported({
      recordType: "StudyResults",
      recordId: r.study.id,
      details: { format: "csv", analysisDay: isoDay(r.analysisDay) },
    });
    return r;
  },
);
