// The health center's read-only view of the jobcenter's case (SPEC §2, issue 9 "Read-only views"):
// the case facts, the summaries and agreements of held follow-up conversations, and the
// return-to-work plans. A cross-department read: the policy's caseScope lets health-center staff see
// the case only under the citizen's JOBCENTER_TO_HEALTH consent and a working relationship (or a
// coordinator's meeting window); every record shown is logged with that consent. Nothing here
// writes, and the jobcenter's write use cases refuse the health center (caseScope "write" is empty).
import { isCrossDepartment } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { NotFoundError } from "@/lib/domain/errors";
import { decryptCpr } from "@/lib/crypto/cpr";
import { maskCpr } from "@/lib/validation/cpr";
import { rtwTotals } from "@/lib/rtw/plan";
import { liveWeeks, planSummarySelect } from "@/lib/domain/rtw/week-values";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * What the health center's view loads of the case: its own list, field by field (fix14 item 4). Not
 * the jobcenter's caseFactsSelect: a field added there for the jobcenter's case page must not appear
 * in this consent-governed view unless it is added here on purpose (tests/integration/
 * health-center-case-view.test.ts pins the keys returned).
 */
const healthCenterCaseSelect = {
  id: true,
  citizenId: true,
  firstAbsenceDay: true,
  diagnosisGroup: true,
  diagnosisDetail: true,
  status: true,
  partialHoursPerWeek: true,
  closedOn: true,
  closingReason: true,
  caseworker: { select: { name: true, email: true } },
  citizen: {
    select: { firstName: true, lastName: true, cprEncrypted: true, occupation: true, employmentStatus: true, employerName: true },
  },
} satisfies Prisma.SickLeaveCaseSelect;

const num = (d: { toNumber(): number } | null) => (d === null ? null : d.toNumber());

/**
 * The jobcenter case `caseId` as the health center may see it, with the consent it is shown under.
 * Follow-ups: held ones only, newest first (when held, mode, summary, agreements). Return-to-work
 * plans: not cancelled, newest first, weeks with planned/actual hours per week and totals.
 * @throws NotFoundError when the actor is jobcenter staff (this is the other side's view), or the
 *   case is missing, voided or outside the actor's read scope (no consent, no relationship).
 */
export const getCaseForHealthCenter = defineUseCase({}, async (ctx, caseId: string) => {
  if (!isCrossDepartment(ctx.actor, "JOBCENTER")) throw new NotFoundError("case", caseId);
  const c = await ctx.read.sickLeaveCase.get({
    where: { id: caseId },
    select: healthCenterCaseSelect,
  });
  const consent = await ctx.audit.shownUnder(c.citizenId);
  if (!consent) throw new NotFoundError("case", caseId);
  // One query at a time: the transaction has one connection.
  const followUps = await ctx.read.followUp.findMany({
    where: { caseId: c.id, voidedAt: null, status: "HELD" },
    orderBy: { heldAt: "desc" },
    select: { id: true, heldAt: true, mode: true, summary: true, agreements: true },
  });
  const plans = await ctx.read.returnToWorkPlan.findMany({
    where: { caseId: c.id, status: { not: "CANCELLED" } },
    orderBy: { createdAt: "desc" },
    select: {
      ...planSummarySelect,
      weeks: liveWeeks({ weekNumber: true, plannedHours: true, plannedDays: true, pattern: true, actualHours: true }),
    },
  });
  const owner = "JOBCENTER" as const;
  const details = { view: "read-only", caseId: c.id };
  await ctx.audit.viewed([
    { recordType: "SickLeaveCase", recordId: c.id, citizenId: c.citizenId, owner, details },
    ...followUps.map((f) => ({ recordType: "FollowUp", recordId: f.id, citizenId: c.citizenId, owner, details })),
    ...plans.map((p) => ({ recordType: "ReturnToWorkPlan", recordId: p.id, citizenId: c.citizenId, owner, details })),
  ]);
  const { cprEncrypted, firstName, lastName, occupation, employmentStatus, employerName } = c.citizen;
  // Field by field, as loaded: nothing reaches the view by a spread.
  return {
    id: c.id,
    citizenId: c.citizenId,
    firstAbsenceDay: c.firstAbsenceDay,
    diagnosisGroup: c.diagnosisGroup,
    diagnosisDetail: c.diagnosisDetail,
    status: c.status,
    partialHoursPerWeek: num(c.partialHoursPerWeek),
    closedOn: c.closedOn,
    closingReason: c.closingReason,
    caseworker: { name: c.caseworker.name, email: c.caseworker.email },
    citizen: { name: `${firstName} ${lastName}`, cprMasked: maskCpr(decryptCpr(cprEncrypted)), occupation, employmentStatus, employerName },
    consent,
    followUps,
    plans: plans.map((p) => {
      const weeks = p.weeks.map((w) => ({ ...w, plannedHours: w.plannedHours.toNumber(), actualHours: num(w.actualHours) }));
      return { ...p, weeks, totals: rtwTotals(weeks) };
    }),
    today: ctx.today,
  };
});

export type CaseForHealthCenter = Awaited<ReturnType<typeof getCaseForHealthCenter>>;
