// A stored RecordVersion row as the history views show it (not a use case).
import type { ChangeRecord, HistoryAction, HistoryChanges, HistoryEntry, HistoryRecordType } from "./types";

/** The columns of RecordVersion that historyEntry reads. */
export const historyEntrySelect = {
  id: true,
  recordType: true,
  recordId: true,
  version: true,
  action: true,
  changes: true,
  reason: true,
  changedAt: true,
  changedById: true,
} as const;

/** One history row with the name of who changed it ("—" when the name is unknown). */
export function historyEntry(
  row: {
    id: string;
    recordType: string;
    recordId: string;
    version: number;
    action: string;
    changes: unknown;
    reason: string | null;
    changedAt: Date;
    changedById: string;
  },
  names: ReadonlyMap<string, string>,
): HistoryEntry {
  return {
    ...changeRecord(row, names),
    recordType: row.recordType as HistoryRecordType,
    recordId: row.recordId,
    version: row.version,
    action: row.action as HistoryAction,
  };
}

/** Who changed what, when and why in a stored RecordVersion row (no stored changes: none; "—" when the name is unknown). */
export function changeRecord(
  row: { id: string; changes: unknown; reason: string | null; changedAt: Date; changedById: string },
  names: ReadonlyMap<string, string>,
): ChangeRecord {
  return {
    id: row.id,
    changes: (row.changes ?? {}) as HistoryChanges,
    reason: row.reason,
    changedAt: row.changedAt,
    changedByName: names.get(row.changedById) ?? "—",
  };
}
