// The referrals of one case, for the case's "Henvisninger" tab: status, queue position and the
// full transition history. The case is loaded through caseScope first (child records always
// together with the parent id from the URL); the referrals through referralScope.
import type { Actor } from "@/lib/auth/policy";
import { can, caseScope, isCrossDepartment, referralScope } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { NotFoundError } from "@/lib/domain/errors";
import { readConsentId } from "@/lib/domain/cases/access";
import { readAnswerSnapshot } from "@/lib/referrals/eligibility";
import { REFERRAL_RECORD_TYPE, staffNames, waitlistPositionsFor } from "./shared";

export async function listCaseReferrals(actor: Actor, caseId: string, now = new Date()) {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await tx.sickLeaveCase.findFirst({
      where: { AND: [caseScope(actor, "read", now), { id: caseId }] },
      select: { id: true, status: true, citizenId: true, department: { select: { kind: true } } },
    });
    if (!c) throw new NotFoundError("case");
    const cross = isCrossDepartment(actor, c.department.kind);
    const consentId = cross ? await readConsentId(tx, actor, c.citizenId, now) : null;
    if (cross && !consentId) throw new NotFoundError("case");

    const rows = await tx.referral.findMany({
      where: { AND: [referralScope(actor, "read"), { caseId: c.id }] },
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
      tx,
      rows.filter((r) => r.status === "WAITLISTED").map((r) => r.programme.id),
    );
    const names = await staffNames(
      tx,
      actor.organisationId,
      rows.flatMap((r) => [r.referredById, r.assignedTherapistId, ...r.events.map((e) => e.byId)]),
    );
    await logAccess(tx, actor, {
      action: "VIEW",
      recordType: REFERRAL_RECORD_TYPE,
      recordId: null,
      citizenId: c.citizenId,
      crossDepartment: cross,
      consentId,
      details: { list: "case-referrals", caseId: c.id, count: rows.length },
    });
    return {
      caseId: c.id,
      caseOpen: c.status !== "CLOSED",
      canRefer: can(actor, "referral.create") && !cross && c.status !== "CLOSED",
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
}

export type CaseReferrals = Awaited<ReturnType<typeof listCaseReferrals>>;
