// Records a (re)visitation of the case to category 1, 2 or 3 (sygedagpengeloven § 12): category 1
// when the sick-leave information form arrives, 2 or 3 at the first follow-up conversation, and
// revisited at every later one. Each visitation is kept with its day and who made it; the one in
// force on a day is the latest on or before it (lib/rules categoryOn), so the deadlines follow.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { historyValue } from "@/lib/domain/history/diff";
import type { TRecordVisitation } from "@/lib/validation/case-rules";
import { addCaseFact, assertCaseDay, assertCaseOpen, caseWriteSelect } from "./case-rules";

/**
 * Records the visitation category (1 | 2 | 3) from `visitedOn` (a Danish calendar day, not in the
 * future, not before the first absence day), optionally made at the held follow-up `followUpId`.
 * The case's version is checked and bumped; the case history gets a VISITATION entry (from the category in force
 * on that day, if any); deadlines are recomputed.
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "errors.dateInFuture" | "cases.errors.beforeAbsence" | "cases.errors.caseClosed"; ConflictError on a stale version.
 */
export const recordVisitation = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TRecordVisitation & { followUpId?: string | null }): Promise<{ id: string; version: number }> => {
    const c = await ctx.write.sickLeaveCase.get({
      where: { id: data.caseId },
      select: {
        ...caseWriteSelect,
        // The category in force on this day before this recording (the latest on or before it) is the history's "from".
        visitations: {
          where: { voidedAt: null, visitedOn: { lte: data.visitedOn } },
          select: { category: true, visitedOn: true },
          orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }],
          take: 1,
        },
      },
    });
    const before = c.visitations[0];
    assertCaseOpen(c);
    assertCaseDay(ctx, c, data.visitedOn, "visitedOn");
    return addCaseFact(ctx, c, data.version, {
      recordType: "CaseVisitation",
      action: "VISITATION",
      values: { visitationCategory: data.category, visitedOn: historyValue(data.visitedOn, "day"), note: data.note },
      previous: before && { visitationCategory: before.category, visitedOn: historyValue(before.visitedOn, "day") },
      details: { category: data.category },
      create: () =>
        ctx.tx.caseVisitation.create({
          data: {
            caseId: c.id,
            category: data.category,
            visitedOn: data.visitedOn,
            followUpId: data.followUpId ?? null,
            note: data.note,
            createdById: ctx.actor.userId,
          },
          select: { id: true },
        }),
    });
  },
);
