// Correction history of programmes: the values that are compared and written to RecordVersion
// (recordType "Programme"), and reading them back for the programme page.
import { recordVersion } from "@/lib/domain/history/record-version";
import type { Actor } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/db/generated/client";
import type { HistoryChanges, HistoryValue } from "@/lib/domain/history/types";

type Tx = Prisma.TransactionClient;

export const PROGRAMME_RECORD_TYPE = "Programme";

export type ProgrammeValues = {
  name: string;
  description: string;
  targetGroup: string;
  format: string;
  rollingAdmission: boolean;
  weeks: number;
  hoursPerWeek: number;
  capacity: number;
  priceDkk: number;
  conditionTags: readonly string[];
  active: boolean;
};

/** History values of a programme; the checklist as two lists (all items, required items) in order. */
export function programmeHistoryValues(
  p: ProgrammeValues,
  criteria: readonly { text: string; required: boolean }[],
): Record<string, HistoryValue> {
  return {
    name: p.name,
    description: p.description,
    targetGroup: p.targetGroup,
    format: p.format,
    rollingAdmission: p.rollingAdmission,
    weeks: p.weeks,
    hoursPerWeek: p.hoursPerWeek,
    capacity: p.capacity,
    priceDkk: p.priceDkk,
    conditionTags: [...p.conditionTags],
    active: p.active,
    criteria: criteria.map((c) => c.text),
    requiredCriteria: criteria.filter((c) => c.required).map((c) => c.text),
  };
}

export async function writeProgrammeVersion(
  tx: Tx,
  actor: Actor,
  entry: { programmeId: string; version: number; action: "CREATE" | "CORRECT"; changes: HistoryChanges; reason?: string | null },
): Promise<void> {
  await recordVersion(tx, actor, {
    recordType: "Programme",
    recordId: entry.programmeId,
    version: entry.version,
    action: entry.action,
    changes: entry.changes,
    reason: entry.reason,
  });
}

export type ProgrammeHistoryEntry = {
  id: string;
  version: number;
  action: string;
  changes: HistoryChanges;
  reason: string | null;
  changedAt: Date;
  changedByName: string;
};

export async function programmeHistory(tx: Tx, organisationId: string, programmeId: string): Promise<ProgrammeHistoryEntry[]> {
  const rows = await tx.recordVersion.findMany({
    where: { organisationId, recordType: PROGRAMME_RECORD_TYPE, recordId: programmeId },
    orderBy: [{ version: "desc" }, { changedAt: "desc" }],
    take: 200,
    select: { id: true, version: true, action: true, changes: true, reason: true, changedAt: true, changedById: true },
  });
  const users = await tx.user.findMany({
    where: { organisationId, id: { in: [...new Set(rows.map((r) => r.changedById))] } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({ ...r, changes: (r.changes ?? {}) as HistoryChanges, changedByName: names.get(r.changedById) ?? "—" }));
}
