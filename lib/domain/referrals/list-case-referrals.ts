// The referrals of one case, for the case's "Henvisninger" tab: status, queue position and the
// full transition history. The case is loaded through its scope first (child records always
// together with the parent id from the URL); the referrals through referralScope. A health-center
// reader's look at the case's referrals is logged as cross-department with the consent.
import { can, isCrossDepartment } from "@/lib/auth/policy";
import { defineUseCase } from "@/lib/domain/run-use-case";
import { readAnswerSnapshot } from "@/lib/referrals/eligibility";
import { waitlistPositionsFor } from "./queue";
import { staffNames } from "@/lib/domain/users/staff-names";

/**
 * The case's referrals (at most 100, newest first) with answers, names, queue positions and events,
 * and whether the actor may refer now (own department's caseworker, case open). One VIEW row.
 * For one who may refer: `controlArms`, the running randomised studies in whose control arm the case is and
 * whose intervention is programmes of the catalogue (the form warns before such a referral; walk6 item 2),
 * each allocation shown logged as a VIEW as on the case page.
 * @throws NotFoundError when the case is missing or outside the actor's read scope (or a consent was revoked).
 */
export const listCaseReferrals = defineUseCase({}, async (ctx, caseId: string) => {
  const c = await ctx.read.sickLeaveCase.get({
    where: { id: caseId },
    select: { id: true, status: true, citizenId: true, department: { select: { kind: true } } },
  });
  const cross = isCrossDepartment(ctx.actor, c.department.kind);
  const rows = await ctx.read.referral.findMany({
    where: { caseId: c.id },
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      status: true,
      statusReason: true,
      reason: true,
      answers: true,
      overrideJustification: true,
      submittedAt: true,
      referredById: true,
      assignedTherapistId: true,
      programme: { select: { id: true, name: true } },
      events: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: { id: true, fromStatus: true, toStatus: true, reason: true, byId: true, at: true },
      },
    },
  });
  const positions = await waitlistPositionsFor(
    ctx,
    rows.filter((r) => r.status === "WAITLISTED").map((r) => r.programme.id),
  );
  const names = await staffNames(
    ctx,
    rows.flatMap((r) => [r.referredById, r.assignedTherapistId, ...r.events.map((e) => e.byId)]),
  );
  await ctx.audit.viewed({
    recordType: "Referral",
    recordId: null,
    citizenId: c.citizenId,
    owner: c.department.kind,
    details: { list: "case-referrals", caseId: c.id, count: rows.length },
  });
  const canRefer = can(ctx.actor, "referral.create") && !cross && c.status !== "CLOSED";
  const controlArms = canRefer
    ? (
        await ctx.read.studyAllocation.findMany({
          where: { caseId: c.id, arm: "CONTROL", study: { status: "RUNNING" } },
          orderBy: { allocatedAt: "asc" },
          select: {
            id: true,
            study: { select: { name: true, programmes: { select: { programme: { select: { id: true, name: true } } } } } },
          },
        })
      ).filter((a) => a.study.programmes.length > 0)
    : [];
  if (controlArms.length) {
    await ctx.audit.viewed(
      controlArms.map((a) => ({ recordType: "StudyAllocation", recordId: a.id, citizenId: c.citizenId, details: { caseId: c.id } })),
    );
  }
  return {
    caseId: c.id,
    caseOpen: c.status !== "CLOSED",
    canRefer,
    controlArms: controlArms.map((a) => ({
      studyName: a.study.name,
      programmes: a.study.programmes.map((p) => p.programme).sort((x, y) => x.name.localeCompare(y.name, "da")),
    })),
    referrals: rows.map(({ answers, events, referredById, assignedTherapistId, ...r }) => ({
      ...r,
      answers: readAnswerSnapshot(answers),
      referredByName: names.get(referredById) ?? "—",
      assignedTherapistName: assignedTherapistId ? (names.get(assignedTherapistId) ?? "—") : null,
      waitlistPosition: r.status === "WAITLISTED" ? (positions.get(r.id) ?? null) : null,
      events: events.map((e) => ({ ...e, byName: names.get(e.byId) ?? "—" })),
    })),
  };
});

export type CaseReferrals = Awaited<ReturnType<typeof listCaseReferrals>>;
