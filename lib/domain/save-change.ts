// The write tail most use cases end with, as one runner call (ADR 0008 addendum "saveChange"): a
// versioned update, its history row and its access-log row, in that order, inside the use case's
// transaction; and for a created record its history version 1 and its access-log row. The record
// type of both rows follows from the model (RECORD_TYPES), so no caller can log another type than
// it wrote (the rows are built field by field, so no extra property of an argument can override it).
// Part of the runner: it uses only the context's own steps, so the rows stay what they were.
import type { AdminHistoryRecordType, HistoryRecordType, HistoryValue } from "@/lib/domain/history/types";
import type { VersionEntry } from "@/lib/domain/history/record-version";
import type { UpdateData, UseCaseContext, VersionedModel } from "./run-use-case";

/** The record type (history and access log) of each model whose changes keep a history: the model's name, capitalised. */
export const RECORD_TYPES = {
  citizen: "Citizen",
  sickLeaveCase: "SickLeaveCase",
  followUp: "FollowUp",
  referral: "Referral",
  rehabPlan: "RehabPlan",
  rehabGoal: "RehabGoal",
  homeExercise: "HomeExercise",
  adherenceEntry: "AdherenceEntry",
  progressNote: "ProgressNote",
  returnToWorkPlan: "ReturnToWorkPlan",
  workplaceAid: "WorkplaceAid",
  consent: "Consent",
  kpiTarget: "KpiTarget",
  effectStudy: "EffectStudy",
  organisation: "Organisation",
  user: "User",
} as const satisfies { [K in VersionedModel]?: Capitalize<K> & (HistoryRecordType | AdminHistoryRecordType) };

/**
 * Models whose history rows are numbered by the history itself (after the last row), not by the
 * record's version: a user's version also moves on writes that keep no history (a changed own
 * password) and history rows are written where there is no version bump (an SSO link), so the user's
 * history has always been numbered on its own (lib/auth/own-user-history.ts does the same).
 */
const NUMBERED_BY_HISTORY: ReadonlySet<string> = new Set(["user"]);

/** A versioned model with a history record type. */
export type HistoriedModel = keyof typeof RECORD_TYPES;

/** A historied model whose history is shown with the citizen's records (not an administration record). */
export type CitizenHistoriedModel = {
  [K in HistoriedModel]: (typeof RECORD_TYPES)[K] extends HistoryRecordType ? K : never;
}[HistoriedModel];

/** Who the access-log row is about: the citizen whose data it is (null for records of no citizen) and what changed. */
export type AuditNote = { citizenId: string | null; details?: Record<string, unknown> };

/** The history of a record voided (soft-deleted) with a reason (action VOID; ctx.history.voided writes the same). */
export function voidedHistory(reason: string): Change<HistoriedModel>["history"] {
  return { action: "VOID", changes: { voided: { from: false, to: true } }, reason };
}

/** One change of an existing record (see UseCaseContext.saveChange). */
export type Change<K extends HistoriedModel> = {
  /** The version the form (or the loaded record) was based on. */
  version: number;
  /** The columns to update (the version is bumped by the runner). */
  data: UpdateData<K>;
  /**
   * Writes to the record's child rows (a plan's weeks, a case's exemptions), made right after the
   * version bump and before the history row: the record's version guards its children (ADR 0012).
   */
  childWrites?: () => Promise<unknown>;
  /** The history row's action, changes and reason (its record type, id and version come from the runner). */
  history: Pick<VersionEntry, "action" | "changes" | "reason">;
  audit: AuditNote;
};

/** The creation of a record (see UseCaseContext.recordCreated): its initial values (empty ones are left out) and the log row. */
export type Creation = { values: Record<string, HistoryValue>; audit: AuditNote };

/**
 * updateVersioned → childWrites → history.record (with the new version) → audit.updated, all of `model`'s record type.
 * @returns the record's id and new version.
 * @throws ConflictError when the record no longer has `change.version` (or left the write scope); nothing is written.
 */
export async function saveChange<K extends HistoriedModel>(
  ctx: UseCaseContext,
  model: K,
  record: { id: string },
  change: Change<K>,
): Promise<{ id: string; version: number }> {
  const recordType = RECORD_TYPES[model];
  const version = await ctx.updateVersioned(model, record.id, change.version, change.data);
  if (change.childWrites) await change.childWrites();
  const historyVersion = NUMBERED_BY_HISTORY.has(model) ? undefined : version;
  const { action, changes, reason } = change.history;
  await ctx.history.record({ recordType, recordId: record.id, version: historyVersion, action, changes, reason });
  await ctx.audit.updated({ recordType, recordId: record.id, citizenId: change.audit.citizenId, details: change.audit.details });
  return { id: record.id, version };
}

/** history.created (version 1, action CREATE) → audit.created for a record the use case has just created. */
export async function recordCreated(
  ctx: UseCaseContext,
  model: CitizenHistoriedModel,
  record: { id: string },
  creation: Creation,
): Promise<void> {
  const recordType = RECORD_TYPES[model];
  await ctx.history.created(recordType, record.id, creation.values);
  await ctx.audit.created({ recordType, recordId: record.id, citizenId: creation.audit.citizenId, details: creation.audit.details });
}
