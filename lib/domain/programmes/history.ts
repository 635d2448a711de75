// Correction history of programmes (not a use case): the values that are compared and written to
// RecordVersion (recordType "Programme"), and reading them back for the programme page.
import type { UseCaseContext } from "@/lib/domain/run-use-case";
import { changeRecord } from "@/lib/domain/history/history-entry";
import type { ChangeRecord, HistoryValue } from "@/lib/domain/history/types";
import { staffNames } from "@/lib/domain/users/staff-names";

export const PROGRAMME_RECORD_TYPE = "Programme";

/** The current checklist of a programme, in order (removed items excluded). */
export const currentCriteriaSelect = {
  where: { removedAt: null },
  orderBy: { position: "asc" },
  select: { id: true, text: true, required: true, position: true },
} as const;

/** A programme's facts as the catalogue lists them (listProgrammes): all of ProgrammeValues but the description. */
export const programmeCatalogueSelect = {
  id: true,
  name: true,
  targetGroup: true,
  format: true,
  rollingAdmission: true,
  weeks: true,
  hoursPerWeek: true,
  capacity: true,
  priceDkk: true,
  conditionTags: true,
  active: true,
} as const;

/** A programme's facts as corrected and shown (ProgrammeValues), with its version and current checklist. */
export const programmeSelect = {
  ...programmeCatalogueSelect,
  description: true,
  version: true,
  criteria: currentCriteriaSelect,
} as const;

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

const PROGRAMME_VALUE_KEYS = [
  "name",
  "description",
  "targetGroup",
  "format",
  "rollingAdmission",
  "weeks",
  "hoursPerWeek",
  "capacity",
  "priceDkk",
  "conditionTags",
  "active",
] as const satisfies readonly (keyof ProgrammeValues)[];

/** A programme's own fields (not its id, version, department or checklist), in the order its history and form show them. */
export function programmeValues<P extends ProgrammeValues>(p: P): Pick<P, (typeof PROGRAMME_VALUE_KEYS)[number]> {
  return Object.fromEntries(PROGRAMME_VALUE_KEYS.map((k) => [k, p[k]])) as Pick<P, (typeof PROGRAMME_VALUE_KEYS)[number]>;
}

/** History values of a programme; the checklist as two lists (all items, required items) in order. */
export function programmeHistoryValues(
  p: ProgrammeValues,
  criteria: readonly { text: string; required: boolean }[],
): Record<string, HistoryValue> {
  return {
    ...programmeValues(p),
    conditionTags: [...p.conditionTags],
    criteria: criteria.map((c) => c.text),
    requiredCriteria: criteria.filter((c) => c.required).map((c) => c.text),
  };
}

export type ProgrammeHistoryEntry = ChangeRecord & { version: number; action: string };

/** The programme's correction history, newest first (at most 200), with the names of who changed it. */
export async function programmeHistory(ctx: UseCaseContext, programmeId: string): Promise<ProgrammeHistoryEntry[]> {
  const rows = await ctx.read.recordVersion.findMany({
    where: { recordType: PROGRAMME_RECORD_TYPE, recordId: programmeId },
    orderBy: [{ version: "desc" }, { changedAt: "desc" }],
    take: 200,
    select: { id: true, version: true, action: true, changes: true, reason: true, changedAt: true, changedById: true },
  });
  const names = await staffNames(
    ctx,
    rows.map((r) => r.changedById),
  );
  return rows.map((r) => ({ ...changeRecord(r, names), version: r.version, action: r.action }));
}
