// A note on a case's study allocation (issue 14: the allocation "cannot be changed — only annotated
// with history"). The note is a history entry of the allocation (action ANNOTATE, the note as its
// reason); the allocation row itself is immutable (database trigger).
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { TAnnotateStudyAllocation } from "@/lib/validation/studies";

/**
 * Adds a note to the allocation of `caseId` in `studyId`, by a caseworker who may change the case.
 * @throws NotFoundError without "case.edit", when the case is outside the actor's write scope, or
 *   when the case has no allocation in that study.
 */
export const annotateStudyAllocation = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TAnnotateStudyAllocation): Promise<void> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: { id: true, citizenId: true } });
    const a = await ctx.read.studyAllocation.get({ where: { caseId: c.id, studyId: data.studyId }, select: { id: true } });
    await ctx.history.record({ recordType: "StudyAllocation", recordId: a.id, action: "ANNOTATE", changes: {}, reason: data.note });
    await ctx.audit.updated({
      recordType: "StudyAllocation",
      recordId: a.id,
      citizenId: c.citizenId,
      details: { caseId: c.id, note: true },
    });
  },
);
