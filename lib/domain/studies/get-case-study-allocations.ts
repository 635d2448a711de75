// The studies a case has entered, for its caseworker (issue 14: the allocation "is shown to the
// caseworker with what it means"). Only the case's own arm: never the block, the sequence or other cases.
import { defineUseCase } from "@/lib/domain/run-use-case";
import type { TCaseRef } from "./case-ref";
import { describeIntervention, INTERVENTION_SELECT } from "./study-rules";
import { staffNames } from "@/lib/domain/users/staff-names";

export type CaseStudyAllocation = {
  studyId: string;
  studyName: string;
  intervention: string;
  arm: "INTERVENTION" | "CONTROL";
  entryDay: Date;
  studyClosed: boolean;
  /** Notes added to the allocation, oldest first (who, when, text). */
  notes: { text: string; at: Date; by: string }[];
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
    select: { id: true, arm: true, entryDay: true, studyId: true },
  });
  // The studies only when the case entered one (most have not): Prisma's nested select would cost its
  // three queries (study, its programmes, their names) even for no allocation (ADR 0027).
  const studies = rows.length
    ? await ctx.tx.effectStudy.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.studyId))] } },
        select: { id: true, name: true, status: true, ...INTERVENTION_SELECT },
      })
    : [];
  const studyOf = new Map(studies.map((s) => [s.id, s]));
  const notes = rows.length
    ? await ctx.read.recordVersion.findMany({
        where: { recordType: "StudyAllocation", recordId: { in: rows.map((r) => r.id) }, action: "ANNOTATE" },
        orderBy: { changedAt: "asc" },
        select: { recordId: true, reason: true, changedAt: true, changedById: true },
      })
    : [];
  const names = await staffNames(
    ctx,
    notes.map((h) => h.changedById),
  );
  if (rows.length) {
    await ctx.audit.viewed(
      rows.map((r) => ({ recordType: "StudyAllocation", recordId: r.id, citizenId: c.citizenId, details: { caseId: c.id } })),
    );
  }
  return rows.map((r) => {
    const study = studyOf.get(r.studyId)!;
    return {
      studyId: study.id,
      studyName: study.name,
      intervention: describeIntervention(study),
      arm: r.arm,
      entryDay: r.entryDay,
      studyClosed: study.status === "CLOSED",
      notes: notes
        .filter((h) => h.recordId === r.id)
        .map((h) => ({ text: h.reason ?? "", at: h.changedAt, by: names.get(h.changedById) ?? "" })),
    };
  });
});
