// The studies a case has entered, for its caseworker (issue 14: the allocation "is shown to the
// caseworker with what it means"). Only the case's own arm: never the block, the sequence or other cases.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { TCaseRef } from "./case-ref";

export type CaseStudyAllocation = {
  studyId: string;
  studyName: string;
  intervention: string;
  arm: "INTERVENTION" | "CONTROL";
  entryDay: Date;
  studyClosed: boolean;
};

/**
 * The allocations of a case the actor reads (the case's scope; managers see none).
 * Logged as a VIEW of each allocation with the citizen.
 * @throws NotFoundError when the case is missing or outside the actor's scope.
 */
export const getCaseStudyAllocations = defineUseCase({ notFound: "case" }, async (ctx, input: TCaseRef): Promise<CaseStudyAllocation[]> => {
  const c = await ctx.read.sickLeaveCase.get({ where: { id: input.caseId }, select: { id: true, citizenId: true } });
  const rows = await ctx.read.studyAllocation.findMany({
    where: { caseId: c.id },
    orderBy: { allocatedAt: "asc" },
    select: { id: true, arm: true, entryDay: true, study: { select: { id: true, name: true, intervention: true, status: true } } },
  });
  if (rows.length) {
    await ctx.audit.viewed(
      rows.map((r) => ({ recordType: "StudyAllocation", recordId: r.id, citizenId: c.citizenId, details: { caseId: c.id } })),
    );
  }
  return rows.map((r) => ({
    studyId: r.study.id,
    studyName: r.study.name,
    intervention: r.study.intervention,
    arm: r.arm,
    entryDay: r.entryDay,
    studyClosed: r.study.status === "CLOSED",
  }));
});
