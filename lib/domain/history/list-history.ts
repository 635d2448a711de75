// Reads the correction history (who, when, why, old → new) of a citizen, a case or a follow-up.
// The record itself is loaded through the policy's history scope first (ctx.readForHistory), so
// history is exactly as visible as the record; voided records keep their history, readable by the
// owning department. A reader from the other department reads it as a cross-department read,
// logged with the consent it happens under (refused without one).
import { defineUseCase, type UseCaseContext } from "@/lib/domain/run-use-case";
import type { DepartmentKind } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/domain/errors";
import type { HistoryEntry, HistoryRecordType } from "./types";
import { historyEntry, historyEntrySelect } from "./history-entry";
import { staffNames } from "@/lib/domain/users/staff-names";

export type HistoryRef = { recordType: HistoryRecordType; recordId: string };

/**
 * History rows of the given records, newest first (at most 1000), with the name of who changed them.
 * No access check of its own: the caller has loaded the records through their scopes; the rows are
 * read through the organisation-fenced recordVersion scope.
 */
export async function historyFor(ctx: UseCaseContext, refs: HistoryRef[]): Promise<HistoryEntry[]> {
  if (refs.length === 0) return [];
  const rows = await ctx.read.recordVersion.findMany({
    where: { OR: refs.map((r) => ({ recordType: r.recordType, recordId: r.recordId })) },
    orderBy: [{ changedAt: "desc" }, { version: "desc" }],
    take: 1000,
    select: historyEntrySelect,
  });
  const userIds = [...new Set(rows.map((r) => r.changedById))];
  const names = await staffNames(ctx, userIds);
  return rows.map((r) => historyEntry(r, names));
}

/** The record the history belongs to: its citizen and the department kind that owns it. */
async function loadOwner(ctx: UseCaseContext, ref: HistoryRef): Promise<{ citizenId: string; owner: DepartmentKind }> {
  const find = ctx.readForHistory;
  if (ref.recordType === "Citizen") {
    const c = await find.citizen.get({ where: { id: ref.recordId }, select: { id: true } });
    // The citizen register is the jobcenter's (SPEC §2).
    return { citizenId: c.id, owner: "JOBCENTER" };
  }
  if (ref.recordType === "SickLeaveCase") {
    const c = await find.sickLeaveCase.get({
      where: { id: ref.recordId },
      select: { citizenId: true, department: { select: { kind: true } } },
    });
    return { citizenId: c.citizenId, owner: c.department.kind };
  }
  if (ref.recordType === "FollowUp") {
    const f = await find.followUp.get({
      where: { id: ref.recordId },
      select: { case: { select: { citizenId: true, department: { select: { kind: true } } } } },
    });
    return { citizenId: f.case.citizenId, owner: f.case.department.kind };
  }
  // Other records show their history on their own pages, loaded through their own scopes.
  throw new NotFoundError(ref.recordType, ref.recordId);
}

/**
 * The correction history of a citizen, case or follow-up, newest first; logged as a VIEW of
 * "<RecordType>History" (cross-department reads with their consent).
 * @throws NotFoundError when the record is missing or outside the actor's history scope, for
 *   another record type, or for a cross-department reader without an active consent.
 */
export const listHistory = defineUseCase({}, async (ctx, ref: HistoryRef): Promise<HistoryEntry[]> => {
  const { citizenId, owner } = await loadOwner(ctx, ref);
  const entries = await historyFor(ctx, [ref]);
  await ctx.audit.viewed({ recordType: `${ref.recordType}History`, recordId: ref.recordId, citizenId, owner });
  return entries;
});
