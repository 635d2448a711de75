// One case with its citizen's facts, for the case page. Loaded through the policy's read scope, so
// a case outside it is not found. The read is logged; a health-center read is logged as
// cross-department together with the consent that allowed it. Follow-ups and exemptions are
// jobcenter case work and are only returned to readers of the owning department.
//
// One read of the case with its child rows (issue 10, ADR 0023): the rows the page shows are also
// the facts the deadline report needs (FACTS_SELECT's fields are a subset of what is selected), so
// they are not read a second time; the queries run one after the other (never concurrently on the
// transaction's one connection).
import { can, isCrossDepartment } from "@/lib/auth/policy";
import { maskCpr } from "@/lib/validation/cpr";
import { decryptCpr } from "@/lib/crypto/cpr";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { citizenFactsSelect } from "@/lib/domain/citizens/citizen-values";
import { followUpFieldsSelect } from "@/lib/domain/followups/follow-up-rules";
import { reportOfFacts } from "@/lib/domain/deadlines/case-facts";
import { orgRulesFor } from "./case-deadlines";
import { caseWriteSelect } from "./case-rules";
import { CASE_PAGE_SELECT, pageFacts } from "./case-page-select";

/**
 * The case page's data: case facts, the citizen (CPR masked), deadlines on Danish today, and for
 * the owning department also exemptions and follow-ups (newest first).
 * `ownDepartment` is false for a cross-department (consented) read; `readOnly` also for readers without case.edit.
 * `shownUnder` is, for a cross-department read, the consent the read was logged under (id, purpose,
 * validFrom, validUntil instants; issue 9: the view names it), and null for the owning department.
 * @throws NotFoundError when the case is missing, voided or outside the actor's read scope.
 */
export const getCase = defineUseCase({}, async (ctx, caseId: string) => {
  const c = await ctx.read.sickLeaveCase.get({
    where: { id: caseId },
    select: {
      ...caseWriteSelect,
      ...CASE_PAGE_SELECT,
      createdAt: true,
      caseworker: { select: { id: true, name: true } },
      department: { select: { kind: true, name: true } },
      citizen: {
        select: { id: true, cprEncrypted: true, version: true, ...citizenFactsSelect },
      },
      followUps: { where: { voidedAt: null }, orderBy: [{ createdAt: "desc" }], select: { ...followUpFieldsSelect, createdAt: true } },
    },
  });
  const ownDepartment = !isCrossDepartment(ctx.actor, c.department.kind);
  const rules = await orgRulesFor(ctx);
  // The case is in the actor's organisation (read scope), so its rules are the organisation's.
  const report = reportOfFacts(pageFacts(c), rules.jurisdiction, rules.versions, ctx.today);
  await ctx.audit.viewed({ recordType: "SickLeaveCase", recordId: c.id, citizenId: c.citizen.id, owner: c.department.kind });
  // Issue 9 "Read-only views": the other department's view names the consent it is shown under.
  const shownUnder = ownDepartment ? null : await ctx.audit.shownUnder(c.citizen.id);
  const { cprEncrypted, ...citizen } = c.citizen;
  // Not shown: the facts only the report needs, and the child rows (returned below, own department only).
  const {
    statusChanges: _statusChanges,
    referrals: _referrals,
    voidedAt: _voidedAt,
    followUps,
    exemptions,
    visitations,
    earlyFollowUpRequests,
    rehabilitationTeamPresentations,
    reassessments,
    ...rest
  } = c;
  const readOnly = !ownDepartment || !can(ctx.actor, "case.edit");
  // Jobcenter case work (exemptions, follow-ups, the 2014 facts' rows) only for the owning department.
  const own = <T>(rows: T[]): T[] => (ownDepartment ? rows : []);
  return {
    ...rest,
    partialHoursPerWeek: c.partialHoursPerWeek === null ? null : Number(c.partialHoursPerWeek),
    citizen: { ...citizen, cprMasked: maskCpr(decryptCpr(cprEncrypted)) },
    exemptions: own(exemptions),
    visitations: own([...visitations].reverse()),
    earlyFollowUpRequests: own(earlyFollowUpRequests),
    rehabilitationTeam: own(rehabilitationTeamPresentations),
    reassessments: own([...reassessments].reverse()),
    deadlines: report?.deadlines ?? [],
    overdue: report?.overdue ?? [],
    flags: report?.flags ?? [],
    ruleVersionToday: report?.versionToday ?? null,
    today: ctx.today,
    dueSoonDays: rules.dueSoonDays,
    // Newest first by when it happened (held, else scheduled, else registered).
    followUps: own(
      [...followUps].sort(
        (a, b) => (b.heldAt ?? b.scheduledAt ?? b.createdAt).getTime() - (a.heldAt ?? a.scheduledAt ?? a.createdAt).getTime(),
      ),
    ),
    ownDepartment,
    shownUnder,
    readOnly,
    canEdit: !readOnly,
  };
});

export type CaseDetail = Awaited<ReturnType<typeof getCase>>;
