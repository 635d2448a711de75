// Opens a sick-leave case for a citizen. At most one open (not closed, not voided) case per
// citizen: checked under a per-citizen advisory lock inside the transaction, so that concurrent
// requests on several app instances cannot both pass.
import { defineUseCase } from "@/lib/domain/run-use-case";
import { DomainRuleError } from "@/lib/domain/errors";
import { historyValue } from "@/lib/domain/history/diff";
import type { TOpenCase } from "@/lib/validation/cases";
import { assertNoOtherOpenCase, findAssignableCaseworker } from "./case-rules";

/**
 * Opens a case in the actor's jobcenter department from `firstAbsenceDay` (a Danish calendar day,
 * not in the future, not before the citizen's birth), assigned to a caseworker of the department;
 * its first status row is ACTIVE from that day.
 * @throws NotFoundError when the citizen is missing or outside the caseworker's write scope.
 * @throws DomainRuleError "errors.dateInFuture" | "cases.errors.beforeBirth" | "cases.errors.caseworkerNotInDepartment" |
 *   "cases.errors.openCaseExists".
 */
export const openCase = defineUseCase(
  { capability: "case.create", notFound: "citizen" },
  async (ctx, data: TOpenCase): Promise<{ id: string }> => {
    const citizen = await ctx.write.citizen.get({ where: { id: data.citizenId }, select: { id: true, birthDate: true } });
    if (data.firstAbsenceDay > ctx.today) throw new DomainRuleError("errors.dateInFuture", "firstAbsenceDay");
    if (data.firstAbsenceDay < citizen.birthDate) throw new DomainRuleError("cases.errors.beforeBirth", "firstAbsenceDay");
    const caseworker = await findAssignableCaseworker(ctx, data.caseworkerId);
    await assertNoOtherOpenCase(ctx, citizen.id);
    const c = await ctx.tx.sickLeaveCase.create({
      data: {
        organisationId: ctx.actor.organisationId,
        departmentId: ctx.actor.departmentId!,
        citizenId: citizen.id,
        caseworkerId: caseworker.id,
        firstAbsenceDay: data.firstAbsenceDay,
        diagnosisGroup: data.diagnosisGroup,
        diagnosisDetail: data.diagnosisDetail,
        statusChanges: { create: { status: "ACTIVE", effectiveOn: data.firstAbsenceDay, changedById: ctx.actor.userId } },
      },
      select: { id: true },
    });
    ctx.caseChanged(c.id);
    await ctx.recordCreated("sickLeaveCase", c, {
      values: {
        firstAbsenceDay: historyValue(data.firstAbsenceDay, "day"),
        diagnosisGroup: data.diagnosisGroup,
        diagnosisDetail: data.diagnosisDetail,
        status: "ACTIVE",
        caseworker: caseworker.name,
      },
      audit: { citizenId: citizen.id },
    });
    return c;
  },
);
