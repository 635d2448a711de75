// One case with its citizen's facts, for the case page. Loaded through the policy's read scope, so
// a case outside it is not found. The read is logged; a health-center read is logged as
// cross-department together with the consent that allowed it. Follow-ups and exemptions are
// jobcenter case work and are only returned to readers of the owning department.
import { can, isCrossDepartment } from "@/lib/auth/policy";
import { maskCpr } from "@/lib/validation/cpr";
import { decryptCpr } from "@/lib/crypto/cpr";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { citizenFactsSelect } from "@/lib/domain/citizens/citizen-values";
import { followUpFieldsSelect } from "@/lib/domain/followups/follow-up-rules";
import { caseDeadlineReport, orgRulesFor } from "./case-deadlines";
import { caseWriteSelect } from "./case-rules";

/**
 * The case page's data: case facts, the citizen (CPR masked), deadlines on Danish today, and for
 * the owning department also exemptions and follow-ups (newest first).
 * `ownDepartment` is false for a cross-department (consented) read; `readOnly` also for readers without case.edit.
 * @throws NotFoundError when the case is missing, voided or outside the actor's read scope.
 */
export const getCase = defineUseCase({}, async (ctx, caseId: string) => {
  const c = await ctx.read.sickLeaveCase.get({
    where: { id: caseId },
    select: {
      ...caseWriteSelect,
      nextDeadlineOn: true,
      nextDeadlineKind: true,
      createdAt: true,
      caseworker: { select: { id: true, name: true } },
      department: { select: { kind: true, name: true } },
      citizen: {
        select: { id: true, cprEncrypted: true, version: true, ...citizenFactsSelect },
      },
    },
  });
  const ownDepartment = !isCrossDepartment(ctx.actor, c.department.kind);
  const [exemptions, followUps, visitations, earlyFollowUpRequests, rehabilitationTeam, reassessments] = ownDepartment
    ? await Promise.all([
        ctx.read.caseExemption.findMany({
          where: { caseId: c.id, voidedAt: null },
          orderBy: { fromOn: "desc" },
          select: { id: true, reason: true, fromOn: true, untilOn: true, note: true, createdAt: true },
        }),
        ctx.read.followUp.findMany({
          where: { caseId: c.id, voidedAt: null },
          orderBy: [{ createdAt: "desc" }],
          select: { ...followUpFieldsSelect, createdAt: true },
        }),
        ctx.read.caseVisitation.findMany({
          where: { caseId: c.id, voidedAt: null },
          orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }],
          select: { id: true, category: true, visitedOn: true, note: true, createdAt: true },
        }),
        ctx.read.earlyFollowUpRequest.findMany({
          where: { caseId: c.id, voidedAt: null },
          orderBy: { requestedOn: "desc" },
          select: { id: true, requestedOn: true, requestedBy: true, declinedByEmployeeOn: true, note: true },
        }),
        ctx.read.rehabilitationTeamPresentation.findMany({
          where: { caseId: c.id, voidedAt: null },
          orderBy: { presentedOn: "desc" },
          select: { id: true, presentedOn: true, note: true },
        }),
        ctx.read.caseReassessment.findMany({
          where: { caseId: c.id, voidedAt: null },
          orderBy: { decidedOn: "desc" },
          select: { id: true, decidedOn: true, outcome: true, ground: true, extendedUntil: true, note: true },
        }),
      ])
    : [[], [], [], [], [], []];
  const rules = await orgRulesFor(ctx);
  const [report, dueSoonDays] = [await caseDeadlineReport(ctx, c.id, rules), rules.dueSoonDays];
  await ctx.audit.viewed({ recordType: "SickLeaveCase", recordId: c.id, citizenId: c.citizen.id, owner: c.department.kind });
  const { cprEncrypted, ...citizen } = c.citizen;
  const readOnly = !ownDepartment || !can(ctx.actor, "case.edit");
  return {
    ...c,
    partialHoursPerWeek: c.partialHoursPerWeek === null ? null : Number(c.partialHoursPerWeek),
    citizen: { ...citizen, cprMasked: maskCpr(decryptCpr(cprEncrypted)) },
    exemptions,
    visitations,
    earlyFollowUpRequests,
    rehabilitationTeam,
    reassessments,
    deadlines: report?.deadlines ?? [],
    overdue: report?.overdue ?? [],
    flags: report?.flags ?? [],
    ruleVersionToday: report?.versionToday ?? null,
    today: ctx.today,
    dueSoonDays,
    // Newest first by when it happened (held, else scheduled, else registered).
    followUps: [...followUps].sort(
      (a, b) => (b.heldAt ?? b.scheduledAt ?? b.createdAt).getTime() - (a.heldAt ?? a.scheduledAt ?? a.createdAt).getTime(),
    ),
    ownDepartment,
    readOnly,
    canEdit: !readOnly,
  };
});

export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
