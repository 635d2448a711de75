// Records the day of the employer's own conversation with the citizen (week 4) or of the
// benefit-extension assessment (before week 22): the rules engine then treats that deadline as met.
// A later recording corrects the earlier one, with history.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { historyValue } from "@/lib/domain/history/diff";
import type { TRecordCaseMilestone } from "@/lib/validation/cases";
import { caseWriteSelect } from "./case-rules";

const FIELD = { EMPLOYER_CONVERSATION: "employerConversationOn", EXTENSION_ASSESSMENT: "extensionAssessedOn" } as const;

/**
 * Records the day (Danish calendar day, not in the future, not before the first absence day) of the
 * employer's conversation (sygedagpengeloven § 7 b) or the extension assessment (§ 24).
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "errors.dateInFuture" | "cases.milestones.beforeAbsence"; ConflictError on a stale version.
 */
export const recordCaseMilestone = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TRecordCaseMilestone): Promise<{ id: string; version: number }> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: caseWriteSelect });
    if (data.on > ctx.today) throw new DomainRuleError("errors.dateInFuture", "on");
    if (data.on < c.firstAbsenceDay) throw new DomainRuleError("cases.milestones.beforeAbsence", "on");
    const field = FIELD[data.milestone];
    const from = c[field];
    ctx.caseChanged(c.id);
    return ctx.saveChange("sickLeaveCase", c, {
      version: data.version,
      data: { [field]: data.on },
      history: {
        action: from ? "CORRECT" : "CREATE",
        changes: { [field]: { from: historyValue(from, "day"), to: historyValue(data.on, "day") } },
      },
      audit: { citizenId: c.citizenId, details: { milestone: data.milestone } },
    });
  },
);
