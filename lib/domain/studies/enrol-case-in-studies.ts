// Entry into effect studies at the first held follow-up conversation (issue 14, ADR 0016). Runs
// inside the use case that records the conversation (recordHeldFollowUp), so the conversation and
// the allocation commit together, before any outcome after entry can exist.
//
// Integrity: per (study, stratum) an advisory lock serialises entrants; the entrant number k is the
// count of allocations already in the stratum; the arm is the core's allocate(seed, scheme, stratum, k).
// Unique (study, case) and (study, stratum, index) make a double click or a concurrent request
// allocate once; a trigger refuses any later UPDATE or DELETE of an allocation.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { decryptStudySeed } from "@/lib/crypto/study-seed";
import { allocate } from "@/lib/studies/allocation";
import { danishDayOf, isoDay } from "@/lib/time";
import { inPopulation, schemeOf, stratumOf } from "./study-rules";

export type EnrolInput = { caseId: string; followUpId: string; heldAt: Date };
export type Enrolment = { studyId: string; studyName: string; arm: "INTERVENTION" | "CONTROL"; entryDay: Date };

/**
 * Enters the case into every running randomised study whose population it belongs to, when the
 * held follow-up `followUpId` is the case's first held one, the case is not closed, and no outcome
 * exists yet: a case with a status change (partial return, closing, back to active) or a closing
 * effective on or after the entry day is not entered. Source: issue 14, "the allocation … is
 * recorded before any outcome exists" — a back-dated first conversation must not allocate a case
 * whose outcome is already known. A case already in a study keeps its allocation (nothing happens).
 * @returns the new allocations (study, arm, entry day); never the block or other cases' arms.
 * @throws NotFoundError when the case is outside the actor's write scope.
 */
export const enrolCaseInStudies = defineUseCase({ notFound: "case" }, async (ctx, input: EnrolInput): Promise<Enrolment[]> => {
  const entryDay = danishDayOf(input.heldAt);
  const c = await ctx.write.sickLeaveCase.get({
    where: { id: input.caseId },
    select: {
      id: true,
      citizenId: true,
      status: true,
      diagnosisGroup: true,
      closedOn: true,
      statusChanges: { where: { effectiveOn: { gte: entryDay } }, select: { id: true }, take: 1 },
    },
  });
  if (c.status === "CLOSED") return [];
  // An outcome dated on or after the entry day already exists: entering now would allocate after it.
  if (c.statusChanges.length > 0 || (c.closedOn && c.closedOn >= entryDay)) return [];
  const earlier = await ctx.read.followUp.count({
    where: { caseId: c.id, status: "HELD", voidedAt: null, id: { not: input.followUpId }, heldAt: { lte: input.heldAt } },
  });
  if (earlier > 0) return [];
  const studies = await ctx.read.effectStudy.findMany({
    where: { status: "RUNNING", design: "RANDOMISED" },
    orderBy: { createdAt: "asc" },
  });
  const out: Enrolment[] = [];
  for (const study of studies) {
    if (!study.seedEncrypted || !inPopulation(study, c.diagnosisGroup, entryDay)) continue;
    const stratum = stratumOf(study, c.diagnosisGroup);
    await ctx.lock("study-stratum", `${study.id}|${stratum}`);
    const existing = await ctx.tx.studyAllocation.count({ where: { studyId: study.id, caseId: c.id } });
    if (existing > 0) continue;
    const k = await ctx.tx.studyAllocation.count({ where: { studyId: study.id, stratum } });
    const a = allocate(decryptStudySeed(study.seedEncrypted), schemeOf(study), stratum, k);
    const row = await ctx.tx.studyAllocation.create({
      data: {
        organisationId: ctx.actor.organisationId,
        studyId: study.id,
        caseId: c.id,
        stratum,
        index: a.index,
        arm: a.arm,
        block: a.block,
        entryDay,
        followUpId: input.followUpId,
        allocatedById: ctx.actor.userId,
      },
      select: { id: true },
    });
    await ctx.history.created("StudyAllocation", row.id, { studyId: study.id, arm: a.arm, entryDay: isoDay(entryDay) });
    await ctx.audit.created({
      recordType: "StudyAllocation",
      recordId: row.id,
      citizenId: c.citizenId,
      details: { caseId: c.id, studyId: study.id, arm: a.arm },
    });
    out.push({ studyId: study.id, studyName: study.name, arm: a.arm, entryDay });
  }
  return out;
});
