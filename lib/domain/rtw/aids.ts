// Workplace aids (hjælpemidler): the caseworker requests an aid on the case and approves it
// within the organisation's mandate (Organisation.aidMandateDkk, default 10,000 DKK). Above the
// mandate only a jobcenter manager approves (capability aid.approveAboveMandate), from a list that
// shows item, amount, date and requesting caseworker: never the citizen.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import { can } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import { logAccess } from "@/lib/audit/log";
import { DomainRuleError, NotFoundError } from "@/lib/domain/errors";
import { loadCaseForWrite } from "@/lib/domain/cases/access";
import { lockRecord, type Tx } from "@/lib/domain/rehab/shared";
import { withinMandate } from "@/lib/rtw/plan";
import type { TDecideAid, TManagerDecideAid, TRequestAid } from "@/lib/validation/rtw";

async function mandateOf(tx: Tx, organisationId: string): Promise<number> {
  const org = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { aidMandateDkk: true } });
  return org.aidMandateDkk;
}

export async function requestAid(actor: Actor, input: TRequestAid): Promise<{ id: string; aboveMandate: boolean }> {
  if (!can(actor, "rtw.edit")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await loadCaseForWrite(tx, actor, input.caseId);
    if (c.status === "CLOSED") throw new DomainRuleError("rtw.errors.caseClosed");
    const aid = await tx.workplaceAid.create({
      data: {
        organisationId: actor.organisationId,
        caseId: c.id,
        item: input.item,
        amountDkk: input.amountDkk,
        requestedById: actor.userId,
      },
      select: { id: true },
    });
    await logAccess(tx, actor, {
      action: "CREATE",
      recordType: "WorkplaceAid",
      recordId: aid.id,
      citizenId: c.citizenId,
      details: { caseId: c.id, amountDkk: input.amountDkk },
    });
    return { id: aid.id, aboveMandate: !withinMandate(input.amountDkk, await mandateOf(tx, actor.organisationId)) };
  });
}

async function decide(
  tx: Tx,
  actor: Actor,
  aid: { id: string; status: string; citizenId: string },
  input: { decision: "APPROVE" | "REJECT"; reason: string | null },
  now: Date,
) {
  if (aid.status !== "REQUESTED") throw new DomainRuleError("rtw.errors.aidDecided");
  const status = input.decision === "APPROVE" ? "APPROVED" : "REJECTED";
  await tx.workplaceAid.update({
    where: { id: aid.id },
    data: { status, decidedById: actor.userId, decidedRole: actor.role, decidedAt: now, decisionNote: input.reason },
    select: { id: true },
  });
  await recordVersion(tx, actor, {
    recordType: "WorkplaceAid",
    recordId: aid.id,
    action: input.decision,
    changes: { status: { from: "REQUESTED", to: status } },
    reason: input.reason,
  });
  await logAccess(tx, actor, {
    action: "UPDATE",
    recordType: "WorkplaceAid",
    recordId: aid.id,
    citizenId: aid.citizenId,
    details: { decision: input.decision },
  });
}

/** The caseworker approves within the mandate, or rejects with a reason. */
export async function decideAid(actor: Actor, input: TDecideAid, now = new Date()): Promise<{ id: string }> {
  if (!can(actor, "rtw.edit")) throw new NotFoundError("case");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const c = await loadCaseForWrite(tx, actor, input.caseId);
    await lockRecord(tx, "aid", input.aidId);
    const aid = await tx.workplaceAid.findFirst({
      where: { id: input.aidId, caseId: c.id, organisationId: actor.organisationId },
      select: { id: true, status: true, amountDkk: true },
    });
    if (!aid) throw new NotFoundError("aid");
    if (
      input.decision === "APPROVE" &&
      aid.status === "REQUESTED" &&
      !withinMandate(aid.amountDkk, await mandateOf(tx, actor.organisationId))
    ) {
      throw new DomainRuleError("rtw.errors.aboveMandate");
    }
    await decide(tx, actor, { id: aid.id, status: aid.status, citizenId: c.citizenId }, input, now);
    return { id: aid.id };
  });
}

export type AidAwaitingManager = { id: string; item: string; amountDkk: number; requestedAt: Date; requestedByName: string };

/** Aids above the mandate awaiting the jobcenter manager. No citizen, no case: item, amount, date, caseworker. */
export async function listAidsAwaitingManager(actor: Actor): Promise<{ mandateDkk: number; aids: AidAwaitingManager[] }> {
  if (!can(actor, "aid.approveAboveMandate") || !actor.departmentId) throw new NotFoundError("aid");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const mandateDkk = await mandateOf(tx, actor.organisationId);
    const rows = await tx.workplaceAid.findMany({
      where: {
        organisationId: actor.organisationId,
        status: "REQUESTED",
        amountDkk: { gt: mandateDkk },
        case: { departmentId: actor.departmentId!, voidedAt: null },
      },
      orderBy: { createdAt: "asc" },
      take: 200,
      select: { id: true, item: true, amountDkk: true, createdAt: true, requestedById: true, case: { select: { citizenId: true } } },
    });
    const users = await tx.user.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.requestedById))] }, organisationId: actor.organisationId },
      select: { id: true, name: true },
    });
    const names = new Map(users.map((u) => [u.id, u.name]));
    // The citizen may ask who saw their data: the manager saw the aid (item and amount).
    await logAccess(
      tx,
      actor,
      rows.map((r) => ({
        action: "VIEW" as const,
        recordType: "WorkplaceAid",
        recordId: r.id,
        citizenId: r.case.citizenId,
        details: { view: "manager-approval" },
      })),
    );
    return {
      mandateDkk,
      aids: rows.map((r) => ({
        id: r.id,
        item: r.item,
        amountDkk: r.amountDkk,
        requestedAt: r.createdAt,
        requestedByName: names.get(r.requestedById) ?? "—",
      })),
    };
  });
}

/** The jobcenter manager approves or rejects an aid of the department (any amount). */
export async function managerDecideAid(actor: Actor, input: TManagerDecideAid, now = new Date()): Promise<{ id: string }> {
  if (!can(actor, "aid.approveAboveMandate") || !actor.departmentId) throw new NotFoundError("aid");
  const db = await getDb();
  return db.$transaction(async (tx) => {
    await lockRecord(tx, "aid", input.aidId);
    const aid = await tx.workplaceAid.findFirst({
      where: { id: input.aidId, organisationId: actor.organisationId, case: { departmentId: actor.departmentId!, voidedAt: null } },
      select: { id: true, status: true, case: { select: { citizenId: true } } },
    });
    if (!aid) throw new NotFoundError("aid");
    await decide(tx, actor, { id: aid.id, status: aid.status, citizenId: aid.case.citizenId }, input, now);
    return { id: aid.id };
  });
}
