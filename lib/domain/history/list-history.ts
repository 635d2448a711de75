// Reads the correction history (who, when, why, old → new) of a citizen, a case or a follow-up.
// The record itself is loaded through the policy's read scope first, so history is exactly as
// visible as the record; voided records keep their history, readable by the owning department.
import type { Actor } from "@/lib/auth/policy";
import { caseScope, citizenScope, isCrossDepartment } from "@/lib/auth/policy";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { logAccess } from "@/lib/audit/log";
import { NotFoundError } from "@/lib/domain/errors";
import { readConsentId } from "@/lib/domain/cases/access";
import type { HistoryAction, HistoryChanges, HistoryEntry, HistoryRecordType } from "./types";

type Tx = Prisma.TransactionClient;

export type HistoryRef = { recordType: HistoryRecordType; recordId: string };

/** History rows of the given records, newest first, with the name of who changed them. No access check. */
export async function historyFor(tx: Tx, organisationId: string, refs: HistoryRef[]): Promise<HistoryEntry[]> {
  if (refs.length === 0) return [];
  const rows = await tx.recordVersion.findMany({
    where: { organisationId, OR: refs.map((r) => ({ recordType: r.recordType, recordId: r.recordId })) },
    orderBy: [{ changedAt: "desc" }, { version: "desc" }],
    take: 1000,
    select: {
      id: true,
      recordType: true,
      recordId: true,
      version: true,
      action: true,
      changes: true,
      reason: true,
      changedAt: true,
      changedById: true,
    },
  });
  const userIds = [...new Set(rows.map((r) => r.changedById))];
  const users = await tx.user.findMany({ where: { id: { in: userIds }, organisationId }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    recordType: r.recordType as HistoryRecordType,
    recordId: r.recordId,
    version: r.version,
    action: r.action as HistoryAction,
    changes: (r.changes ?? {}) as HistoryChanges,
    reason: r.reason,
    changedAt: r.changedAt,
    changedByName: names.get(r.changedById) ?? "—",
  }));
}

/**
 * Owning department may read the history of its voided records too ("disappears from lists, not
 * from history"); other readers only see live records through the scope.
 */
function withVoided<T extends { voidedAt?: unknown }>(scope: T, includeVoided: boolean): T {
  if (!includeVoided) return scope;
  const { voidedAt: _omit, ...rest } = scope;
  void _omit;
  return rest as T;
}

export async function listHistory(actor: Actor, ref: HistoryRef, now = new Date()): Promise<HistoryEntry[]> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const ownDepartment = !isCrossDepartment(actor, "JOBCENTER");
    let citizenId: string;
    let refs: HistoryRef[] = [ref];
    if (ref.recordType === "Citizen") {
      const c = await tx.citizen.findFirst({
        where: { AND: [withVoided(citizenScope(actor, "read"), ownDepartment), { id: ref.recordId }] },
        select: { id: true },
      });
      if (!c) throw new NotFoundError("citizen");
      citizenId = c.id;
    } else if (ref.recordType === "SickLeaveCase") {
      const c = await tx.sickLeaveCase.findFirst({
        where: { AND: [withVoided(caseScope(actor, "read", now), ownDepartment), { id: ref.recordId }] },
        select: { id: true, citizenId: true },
      });
      if (!c) throw new NotFoundError("case");
      citizenId = c.citizenId;
    } else {
      const f = await tx.followUp.findFirst({
        where: { id: ref.recordId, case: withVoided(caseScope(actor, "read", now), ownDepartment) },
        select: { id: true, case: { select: { citizenId: true } } },
      });
      if (!f) throw new NotFoundError("followUp");
      citizenId = f.case.citizenId;
    }
    const cross = !ownDepartment;
    const consentId = cross ? await readConsentId(tx, actor, citizenId, now) : null;
    if (cross && !consentId) throw new NotFoundError("history");
    const entries = await historyFor(tx, actor.organisationId, refs);
    await logAccess(tx, actor, {
      action: "VIEW",
      recordType: `${ref.recordType}History`,
      recordId: ref.recordId,
      citizenId,
      crossDepartment: cross,
      consentId,
    });
    return entries;
  });
}
