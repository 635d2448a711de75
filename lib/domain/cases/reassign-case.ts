// Hands a case over to another caseworker of the same jobcenter department.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import type { TReassignCase } from "@/lib/validation/cases";
import { caseWriteSelect, findAssignableCaseworker } from "./case-rules";

/**
 * Reassigns the case to another active caseworker of the actor's department, with a note.
 * @throws NotFoundError when the case is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "cases.errors.sameCaseworker" | "cases.errors.caseworkerNotInDepartment";
 *   ConflictError on a stale version.
 */
export const reassignCase = defineUseCase(
  { capability: "case.edit", notFound: "case" },
  async (ctx, data: TReassignCase): Promise<{ id: string; version: number }> => {
    const c = await ctx.write.sickLeaveCase.get({ where: { id: data.caseId }, select: caseWriteSelect });
    if (c.caseworkerId === data.caseworkerId) throw new DomainRuleError("cases.errors.sameCaseworker", "caseworkerId");
    const to = await findAssignableCaseworker(ctx, data.caseworkerId);
    const from = await ctx.read.user.findFirst({ where: { id: c.caseworkerId }, select: { name: true } });
    ctx.caseChanged(c.id);
    return ctx.saveChange("sickLeaveCase", c, {
      version: data.version,
      data: { caseworkerId: to.id },
      history: { action: "REASSIGN", changes: { caseworker: { from: from?.name ?? null, to: to.name } }, reason: data.note },
      audit: { citizenId: c.citizenId, details: { reassignedTo: to.id } },
    });
  },
);
