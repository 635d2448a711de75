// Appends one entry to the correction history (RecordVersion) inside the caller's transaction.
// Invariant: every correction of a record goes through here, so that no fact is overwritten
// without a readable earlier value, who changed it, when and why.
import type { Actor } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/db/generated/client";
import type { AdminHistoryAction, AdminHistoryRecordType, HistoryAction, HistoryChanges, HistoryRecordType } from "./types";

type Tx = Prisma.TransactionClient;

export type VersionEntry = {
  recordType: HistoryRecordType | AdminHistoryRecordType;
  recordId: string;
  /** The version of the record AFTER this change; omitted for records without a version column,
   *  which are then numbered by their history (1 = as created). */
  version?: number;
  action: HistoryAction | AdminHistoryAction;
  changes: HistoryChanges | Record<string, { from: unknown; to: unknown }>;
  reason?: string | null;
};

/** For records without a version column: the creation is 1 (recorded or implied), then +1. */
async function nextVersion(tx: Tx, organisationId: string, entry: VersionEntry): Promise<number> {
  const { _max } = await tx.recordVersion.aggregate({
    where: { organisationId, recordType: entry.recordType, recordId: entry.recordId },
    _max: { version: true },
  });
  if (_max.version === null) return entry.action === "CREATE" ? 1 : 2;
  return _max.version + 1;
}

export async function recordVersion(tx: Tx, actor: Actor, entry: VersionEntry): Promise<void> {
  const version = entry.version ?? (await nextVersion(tx, actor.organisationId, entry));
  await tx.recordVersion.create({
    data: {
      organisationId: actor.organisationId,
      recordType: entry.recordType,
      recordId: entry.recordId,
      version,
      action: entry.action,
      changes: entry.changes as Prisma.InputJsonValue,
      reason: entry.reason ?? null,
      changedById: actor.userId,
    },
    select: { id: true },
  });
}
